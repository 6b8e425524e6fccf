// The seeds imported through the whole core (decode, clean, split, match, store), checked against
// what a careful reader sees in each (../shared/seeds/expectations.json).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../src/main/core/factions';
import type { ArticleDetail, ImportReport } from '../../src/shared/model';
import { loadSeedExpectations, seedPath, seedsAvailable, SEEDS_DIR } from '../helpers/seeds';
import { useTempLibraries } from '../helpers/temp-library';
import { formProblems, occurrences, sameForm, unusedExceptions } from '../unit/factions/seed-forms';

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const gazetteer = loadGazetteer();
const matcher = createMatcher(gazetteer);

/**
 * The names a reader gives a faction, "Syrian government forces (Syrian Army)": the name and its bracketed
 * alternative, with the gazetteer id they name when the whole of one is a name or form of a non-person
 * entry (the generic "Kurdish forces (Kurds)" names none).
 */
function readerNames(name: string): { forms: string[]; id: string | null } {
  const forms = [name.replace(/\s*\([^)]*\)/g, '').trim(), ...[...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim())].filter(Boolean);
  const ids = new Set<string>();
  for (const f of forms) {
    for (const m of matcher.match(f)) if (m.start === 0 && m.end === f.length && gazetteer.byId.get(m.entityId)?.kind !== 'person') ids.add(m.entityId);
  }
  expect(ids.size, `${name} names one entity at most`).toBeLessThanOrEqual(1);
  return { forms, id: [...ids][0] ?? null };
}

describe.skipIf(!seedsAvailable)('seed library acceptance', () => {
  const libs = useTempLibraries();
  const expectations = seedsAvailable ? loadSeedExpectations() : [];
  const usedExceptions = new Set<string>();
  afterAll(() => {
    if (expectations.length) expect(unusedExceptions(usedExceptions), 'entries of seed-forms.ts no seed form needs').toEqual([]);
  });
  let report: ImportReport;
  const articlesByFile = new Map<string, ArticleDetail[]>();

  beforeAll(async () => {
    const core = libs.open(libs.newLibraryPath());
    report = await core.handlers.importPaths({ paths: [SEEDS_DIR] });
    for (const file of report.files) {
      const details = await Promise.all(file.articles.map((id) => core.handlers.getArticle({ id })));
      articlesByFile.set(path.basename(file.path), details);
    }
  });

  it('imports every seed text file and reports expectations.json as unsupported', () => {
    for (const exp of expectations) {
      expect(report.files.find((f) => f.path === seedPath(exp.file))?.status).toBe('imported');
    }
    expect(report.files.find((f) => f.path.endsWith('expectations.json'))?.status).toBe('unsupported');
  });

  for (const exp of expectations) {
    describe(exp.file, () => {
      it(`splits into ${exp.articles.length} article(s) with the right titles`, () => {
        const found = articlesByFile.get(exp.file) ?? [];
        expect(found.map((a) => norm(a.title))).toEqual(exp.articles.map((a) => norm(a.title)));
      });

      exp.articles.forEach((want, index) => {
        it(`article ${index + 1}: clean body, comments apart, factions of the body`, () => {
          const got = (articlesByFile.get(exp.file) ?? [])[index];
          expect(got).toBeDefined();
          expect(norm(got.body).startsWith(norm(want.body_starts_with))).toBe(true);
          expect(norm(got.body).endsWith(norm(want.body_ends_with))).toBe(true);
          const paragraphs = got.body.split(/\n+/).map(norm);
          for (const line of want.must_not_be_in_body) {
            expect(paragraphs).not.toContain(norm(line));
            if (line.length > 3) expect(norm(got.body)).not.toContain(norm(line));
          }
          expect(want.date_accept).toContain(got.date);
          if (want.comments) {
            expect(got.comments.map((c) => c.author)).toEqual(want.comments.map((c) => c.author));
            want.comments.forEach((c, i) => expect(norm(got.comments[i].text).startsWith(norm(c.starts_with))).toBe(true));
          } else {
            expect(got.comments).toEqual([]);
          }
          // A state the reader lists under state_mentions (e.g. "rebel-backer Turkey") may be found too.
          const stateMentions = (want as { state_mentions?: string[] }).state_mentions ?? [];
          const extra = got.factions.filter((f) => !want.factions.some((w) => w.id === f.id));
          for (const f of extra) {
            expect(stateMentions.some((s) => s.toLowerCase().startsWith(f.name.toLowerCase().split(' (')[0])), `unexpected faction ${f.id}`).toBe(true);
          }
          expect(got.factions.map((f) => f.id)).toEqual(expect.arrayContaining(want.factions.map((f) => f.id)));
          // Every way the body writes a faction is recognised with exactly that surface (whitespace and
          // apostrophes aside). The forms the reader lists that the body does not hold on its own (a headline,
          // a photo caption) or that are wider than the name are listed, with why, in
          // tests/unit/factions/seed-forms.ts; anything else missing fails here.
          const bodyMentions = got.mentions.filter((m) => m.location === 'body');
          const allForms = want.factions.flatMap((f) => f.as_written);
          expect(want.factions.flatMap((f) => formProblems(exp.file, index, got.body, bodyMentions, f, allForms, usedExceptions))).toEqual([]);
          // The factions the reader sees only in the comments: written there, recorded there, and not the body's.
          const commentText = got.comments.map((c) => c.text).join('\n');
          for (const name of want.comment_factions_not_in_body ?? []) {
            const { forms, id } = readerNames(name);
            expect(forms.some((f) => occurrences(commentText, f).length > 0), `"${name}" is written in the comments`).toBe(true);
            if (id) {
              expect(got.factions.map((f) => f.id), `${id} is not a faction of the body`).not.toContain(id);
              expect(got.mentions.some((m) => m.location === 'comment' && m.entityId === id), `${id} is recorded in the comments`).toBe(true);
            } else {
              // A generic group is no gazetteer entity: nothing is recorded under its words anywhere.
              expect(got.mentions.filter((m) => forms.some((f) => sameForm(m.surface, f))).map((m) => m.surface)).toEqual([]);
            }
          }
          // mentions in reader comments are kept, but never counted as the article's
          expect(got.factions.reduce((n, f) => n + f.count, 0) + got.people.reduce((n, p) => n + p.count, 0)).toBe(bodyMentions.length);
          if (want.comments?.length) expect(got.mentions.some((m) => m.location === 'comment')).toBe(true);
        });
      });
    });
  }
});
