// Data depth of resources/factions.json (issue 4 part 1): every entry is complete enough to be shown and
// trusted, and the context rules (part 2) point at things that exist.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/main/core/factions';

const g = loadGazetteer();
const nonPeople = g.entries.filter((e) => e.kind !== 'person');
const people = g.entries.filter((e) => e.kind === 'person');

describe('gazetteer completeness', () => {
  it('has at least 80 entries covering 2011 to today', () => {
    expect(g.entries.length).toBeGreaterThanOrEqual(80);
    const froms = nonPeople.map((e) => e.active?.from).filter((x): x is string => !!x);
    expect(froms.some((d) => d >= '2011' && d < '2013')).toBe(true);
    expect(froms.some((d) => d >= '2024')).toBe(true);
  });

  it('gives every faction, coalition, state force and governance body an Arabic name, aliases, active.from and a source', () => {
    const gaps: string[] = [];
    for (const e of nonPeople) {
      if (e.arabic.length === 0) gaps.push(`${e.id}: no Arabic name`);
      if (e.aliases.length === 0) gaps.push(`${e.id}: no aliases`);
      if (!e.active?.from) gaps.push(`${e.id}: no active.from`);
      if (!e.source?.trim()) gaps.push(`${e.id}: no source`);
      if (e.active?.from && e.active.to && e.active.to < e.active.from) gaps.push(`${e.id}: active.to before active.from`);
    }
    expect(gaps).toEqual([]);
  });

  it('dates every lineage link', () => {
    const undated = nonPeople.flatMap((e) => e.lineage.filter((l) => !l.date).map((l) => `${e.id} ${l.relation} ${l.target}`));
    expect(undated).toEqual([]);
  });

  it('links every person to at least one faction through affiliations, and gives them an Arabic name', () => {
    expect(people.length).toBeGreaterThanOrEqual(10);
    for (const p of people) {
      expect(p.affiliations?.length ?? 0, p.id).toBeGreaterThan(0);
      expect(p.arabic.length, p.id).toBeGreaterThan(0);
      for (const a of p.affiliations ?? []) expect(g.byId.get(a.factionId)?.kind, `${p.id} -> ${a.factionId}`).not.toBe('person');
    }
  });

  it('marks facts taken from background knowledge', () => {
    // The facts doc tags unconfirmed facts [k]; hand-curated entries say so in their source.
    const unmarked = g.entries.filter((e) => e.source && !/^https?:\/\//.test(e.source) && !/verify|\[k\]|hand-curated/i.test(e.source));
    expect(unmarked.map((e) => e.id)).toEqual([]);
  });

  it('defines every anchor set the context rules use, and gives colliding acronyms a context', () => {
    const sets = g.rules?.anchorSets ?? {};
    expect(Object.keys(sets)).toEqual(expect.arrayContaining(['syria', 'jihad']));
    for (const e of g.entries) {
      for (const c of e.contextual ?? []) {
        for (const a of [...c.anchors, ...(c.notFollowedBy ?? [])]) if (a.startsWith('$')) expect(sets[a.slice(1)], `${e.id} ${a}`).toBeDefined();
      }
    }
    // These collide with other organisations or words and must never be plain acronyms.
    for (const a of ['IS', 'SNA', 'FSA', 'SAA', 'NLF', 'JN', 'SNC', 'MOC', 'IF', 'NSA', 'SIG', 'TIP']) {
      for (const e of g.entries) expect(e.acronyms, `${e.id} ${a}`).not.toContain(a);
    }
  });
});
