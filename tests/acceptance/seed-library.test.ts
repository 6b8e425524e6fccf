// The seeds imported through the whole core (decode, clean, split, match, store), checked against
// what a careful reader sees in each (../shared/seeds/expectations.json).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, ImportReport } from '../../src/shared/model';
import { loadSeedExpectations, seedPath, seedsAvailable, SEEDS_DIR } from '../helpers/seeds';
import { useTempLibraries } from '../helpers/temp-library';

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

describe.skipIf(!seedsAvailable)('seed library acceptance', () => {
  const libs = useTempLibraries();
  const expectations = seedsAvailable ? loadSeedExpectations() : [];
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
          // Every way the body writes a faction is recognised. (Some as_written forms occur only in a
          // caption, which is not body text; those cannot be body mentions.)
          const bodyText = norm(got.body).toLowerCase();
          for (const faction of want.factions) {
            const forms = got.factions.find((f) => f.id === faction.id)?.forms.map((f) => norm(f).toLowerCase()) ?? [];
            for (const form of faction.as_written) {
              const written = norm(form).toLowerCase();
              if (!bodyText.includes(written)) continue;
              expect(forms.some((f) => f === written || f.includes(written) || written.includes(f)), `${faction.id}: "${form}" among ${JSON.stringify(forms)}`).toBe(true);
            }
          }
          // mentions in reader comments are kept, but never counted as the article's
          const bodyMentions = got.mentions.filter((m) => m.location === 'body');
          expect(got.factions.reduce((n, f) => n + f.count, 0) + got.people.reduce((n, p) => n + p.count, 0)).toBe(bodyMentions.length);
          if (want.comments?.length) expect(got.mentions.some((m) => m.location === 'comment')).toBe(true);
        });
      });
    });
  }
});
