// Seed acceptance for the faction engine: for each seed article body (cut here from the raw seed with
// body_starts_with/body_ends_with; cleaning is the cleaner's job), the non-person entity ids found must
// equal the expected ids, and every expected as_written form must be found.
//
// "Found" for a form: a match of that entity whose surface equals the form (case-insensitive, after
// normaliseForMatch), or — when the reader's phrase is longer or shorter than the engine's span — a match of
// that entity overlapping an occurrence of the form in the body ("the bygone regime's war machine" vs the
// engine's "the bygone regime"). Extra ids are tolerated only when the expectations list them under
// state_mentions (a state named as a political backer, e.g. "rebel-backer Turkey" in 002).
import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer, normaliseForMatch, type FactionMatch } from '../../../src/main/core/factions';
import { loadSeedExpectations, readSeed, seedsAvailable } from '../../helpers/seeds';

const g = loadGazetteer();
const matcher = createMatcher(g);

/** Find a phrase allowing any run of whitespace (seeds contain NBSPs) where the expectation has a space. */
function findLoose(text: string, phrase: string, from = 0, flags = ''): { index: number; length: number } | null {
  const esc = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('[\\s\\u00a0]+');
  const re = new RegExp(esc, 'g' + flags);
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}

export function cutBody(raw: string, starts: string, ends: string): string {
  const s = findLoose(raw, starts);
  if (!s) throw new Error(`body start not found: ${starts}`);
  const e = findLoose(raw, ends, s.index);
  if (!e) throw new Error(`body end not found: ${ends}`);
  return raw.slice(s.index, e.index + e.length);
}

function formFound(body: string, matches: FactionMatch[], id: string, form: string): 'exact' | 'overlap' | null {
  const mine = matches.filter((m) => m.entityId === id);
  const nf = normaliseForMatch(form);
  if (mine.some((m) => normaliseForMatch(m.surface) === nf)) return 'exact';
  let from = 0;
  for (;;) {
    const occ = findLoose(body, form, from, 'i');
    if (!occ) return null;
    const a = occ.index;
    const b = occ.index + occ.length;
    if (mine.some((m) => m.start < b && m.end > a)) return 'overlap';
    from = occ.index + 1;
  }
}

describe.skipIf(!seedsAvailable)('faction matcher on the seed articles', () => {
  const files = seedsAvailable ? loadSeedExpectations() : [];
  for (const f of files) {
    for (const art of f.articles) {
      it(`${f.file}: ${art.title}`, () => {
        const body = cutBody(readSeed(f.file), art.body_starts_with, art.body_ends_with);
        const matches = matcher.match(body);
        for (const m of matches) expect(body.slice(m.start, m.end)).toBe(m.surface);
        const found = new Set(matches.filter((m) => g.byId.get(m.entityId)?.kind !== 'person').map((m) => m.entityId));
        const expected = new Set(art.factions.map((x) => x.id));
        const stateMentions = ((art as { state_mentions?: string[] }).state_mentions ?? []).join(' | ').toLowerCase();
        const extra = [...found].filter((id) => !expected.has(id) && !stateMentions.includes(g.byId.get(id)!.name.toLowerCase()));
        const missing = [...expected].filter((id) => !found.has(id));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        const missingForms: string[] = [];
        for (const x of art.factions) {
          for (const form of x.as_written) {
            // Title-only forms (e.g. "Nusra" in a headline) are not in the body: skip those.
            if (!findLoose(body, form, 0, 'i')) continue;
            if (!formFound(body, matches, x.id, form)) missingForms.push(`${x.id}: ${form}`);
          }
        }
        expect(missingForms).toEqual([]);
      });
    }
  }
});
