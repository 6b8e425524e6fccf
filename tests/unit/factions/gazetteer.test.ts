// Validation of resources/factions.json: schema, ids, references, alias ownership, coverage.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCS, ENTITY_KINDS } from '../../../src/shared/model';
import { createMatcher, defaultGazetteerPath, expandPattern, loadGazetteer, parseGazetteer } from '../../../src/main/core/factions';
import { matchKey } from '../../../src/main/core/factions/normalise';
import { loadSeedExpectations, seedsAvailable } from '../../helpers/seeds';

const raw = JSON.parse(readFileSync(defaultGazetteerPath(), 'utf8'));
const g = loadGazetteer();
// The fact sheet the gazetteer is generated from lives beside the project, like the seeds.
const factsAvailable = existsSync(path.resolve(__dirname, '../../../../shared/design/factions-facts.md'));

describe('gazetteer file', () => {
  it('loads from the project root by default and has a content-hash version', () => {
    expect(g.entries.length).toBeGreaterThanOrEqual(80);
    expect(g.version).toMatch(/^[0-9a-f]{16}$/);
    expect(parseGazetteer(raw).version).toBe(g.version);
    const changed = structuredClone(raw);
    changed.entries[0].aliases.push('Some New Alias');
    expect(parseGazetteer(changed).version).not.toBe(g.version);
  });

  it("names the matcher's revision in its version, so libraries re-match when the matcher finds something new", () => {
    // what versions were before the revision was part of them: the data alone
    const dataOnly = createHash('sha256').update(JSON.stringify({ rules: raw.rules ?? null, entries: raw.entries })).digest('hex').slice(0, 16);
    expect(g.version).not.toBe(dataOnly);
  });

  it('has unique ids and valid kinds and blocs', () => {
    const ids = g.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of g.entries) {
      expect(ENTITY_KINDS).toContain(e.kind);
      expect(BLOCS).toContain(e.bloc);
    }
  });

  it('points every lineage link and affiliation at an existing entry', () => {
    for (const e of g.entries) {
      for (const l of e.lineage) expect(g.byId.has(l.target), `${e.id} -> ${l.target}`).toBe(true);
      for (const a of e.affiliations ?? []) expect(g.byId.has(a.factionId), `${e.id} -> ${a.factionId}`).toBe(true);
    }
  });

  it('gives people affiliations and no lineage', () => {
    const people = g.entries.filter((e) => e.kind === 'person');
    expect(people.length).toBeGreaterThanOrEqual(10);
    for (const p of people) {
      expect(p.lineage).toEqual([]);
      expect(p.affiliations?.length ?? 0, p.id).toBeGreaterThan(0);
    }
    for (const id of ['abu-muhammad-al-julani', 'bashar-al-assad', 'abu-bakr-al-baghdadi', 'zahran-alloush']) expect(g.byId.get(id)?.kind).toBe('person');
  });

  it('lets no alias, Arabic name or acronym belong to two entries unless marked ambiguous', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of g.entries) {
      const amb = new Set((e.ambiguous ?? []).map(matchKey));
      for (const a of [e.name, ...e.aliases, ...e.misspellings, ...e.arabic]) {
        for (const x of expandPattern(a)) {
          const k = matchKey(x);
          const o = owner.get(k);
          if (o && o !== e.id && !amb.has(k)) clashes.push(`${x}: ${o} / ${e.id}`);
          owner.set(k, e.id);
        }
      }
      for (const a of e.acronyms) {
        const k = `acr:${a}`;
        const o = owner.get(k);
        if (o && o !== e.id) clashes.push(`${a}: ${o} / ${e.id}`);
        owner.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers the main actors of 2011-today', () => {
    const must = [
      'al-nusra-front', 'jabhat-fateh-al-sham', 'hayat-tahrir-al-sham', 'ahrar-al-sham', 'islamic-state', 'al-qaeda', 'jaysh-al-izza',
      'free-idlib-army', 'syrian-government', 'russia', 'turkey', 'us-led-coalition', 'jund-al-aqsa', 'jaysh-al-islam', 'suqour-al-sham',
      'fastaqim-union', 'levant-front', 'thuwar-al-sham', 'jaysh-al-mujahideen', 'jaysh-al-fatah', 'free-syrian-army',
      'national-liberation-front', 'syrian-salvation-government', 'sdf', 'ypg', 'ypj', 'national-defence-forces',
      'tiger-forces', 'hezbollah', 'irgc', 'wagner-group', 'israel', 'iran', 'syrian-interim-government', 'aanes',
      'syrian-transitional-government', 'syrian-national-army', 'hurras-al-din',
    ];
    for (const id of must) expect(g.byId.has(id), id).toBe(true);
  });

  it("has one entry for the government's army, under every name the seeds and fixtures use", () => {
    // Two entries split one actor: "Syrian Arab Army" and "Assad's army" went to one, "Syrian army" and
    // "Assad's forces" to the other, so a filter on the army missed most of its mentions.
    expect(g.byId.has('syrian-arab-army')).toBe(false);
    const m = createMatcher(g);
    const text =
      "In Aleppo the Syrian Arab Army (SAA), Assad's army, the Syrian army, Assad's forces, regime forces and government forces advanced. " +
      'تقدم الجيش العربي السوري وقوات النظام.';
    const ids = m.match(text).map((x) => x.entityId);
    expect(ids.length).toBe(9);
    expect(new Set(ids)).toEqual(new Set(['syrian-government']));
    for (const unit of ['tiger-forces', '4th-armoured-division', 'republican-guard', '5th-corps']) {
      expect(g.byId.get(unit)!.lineage.some((l) => l.relation === 'member-of' && l.target === 'syrian-government'), unit).toBe(true);
    }
  });

  it.skipIf(!factsAvailable)('is exactly what scripts/build-gazetteer.ts generates from the fact sheet', () => {
    const root = path.resolve(__dirname, '../../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
  }, 30_000);

  it.skipIf(!seedsAvailable)('has every faction id the seed expectations use', () => {
    for (const f of loadSeedExpectations()) for (const a of f.articles) for (const x of a.factions) expect(g.byId.has(x.id), x.id).toBe(true);
  });

  it('rejects bad data with an error naming the entry', () => {
    const bad = structuredClone(raw);
    bad.entries[3].bloc = 'martian';
    expect(() => parseGazetteer(bad)).toThrow(new RegExp(`entry "${raw.entries[3].id}" field bloc`));
    const dangling = structuredClone(raw);
    dangling.entries[0].lineage.push({ relation: 'merged-into', target: 'no-such-group', date: null });
    expect(() => parseGazetteer(dangling)).toThrow(/no-such-group/);
    const dup = structuredClone(raw);
    dup.entries.push(structuredClone(raw.entries[0]));
    expect(() => parseGazetteer(dup)).toThrow(/duplicate id/);
    expect(() => loadGazetteer('/nonexistent/factions.json')).toThrow(/cannot read gazetteer/);
  });
});
