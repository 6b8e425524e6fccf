// Seed acceptance for the faction engine: for each seed article body (cut here from the raw seed with
// body_starts_with/body_ends_with; cleaning is the cleaner's job), the non-person entity ids found must
// equal the expected ids, and every expected as_written form must be found with exactly that surface
// (seed-forms.ts: whitespace and apostrophes normalised; forms outside the body or wider than a name are
// listed there with why). Extra ids are tolerated only when the expectations list them under
// state_mentions (a state named as a political backer, e.g. "rebel-backer Turkey" in 004).
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';
import { loadSeedExpectations, readSeed, seedsAvailable } from '../../helpers/seeds';
import { formProblems, unusedExceptions } from './seed-forms';

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

describe.skipIf(!seedsAvailable)('faction matcher on the seed articles', () => {
  const files = seedsAvailable ? loadSeedExpectations() : [];
  const used = new Set<string>();
  afterAll(() => {
    if (files.length) expect(unusedExceptions(used), 'entries of seed-forms.ts no seed form needs').toEqual([]);
  });
  for (const f of files) {
    f.articles.forEach((art, index) => {
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
        const allForms = art.factions.flatMap((x) => x.as_written);
        expect(art.factions.flatMap((x) => formProblems(f.file, index, body, matches, x, allForms, used))).toEqual([]);
      });
    });
  }
});
