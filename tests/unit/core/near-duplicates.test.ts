import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimatedSimilarity, minhashSignature } from '../../../src/main/core/library/similarity';
import { useTempLibraries } from '../../helpers/temp-library';

const STORY = [
  'Hundreds of fighters from Hay’at Tahrir al-Sham advanced on the town of Saraqib on Thursday after a night of heavy shelling, local sources said.',
  'The group took control of two villages on the M5 highway and set up checkpoints, while residents fled north towards the Turkish border in cars and on foot.',
  'A spokesman for the National Liberation Front said its fighters had withdrawn to avoid civilian casualties and would return once the shelling stopped.',
  'Turkish officials said they were in contact with all sides and called for a return to the ceasefire agreed in Sochi, which both groups say they still support.',
  'Aid workers in Idlib said more than ten thousand people had been displaced in two days, many of them for the third or fourth time since the war began.',
  'The Syrian Observatory for Human Rights reported at least twelve fighters killed on both sides, and said the clashes were the worst in the area this year.',
];

function variant(edit: (paragraphs: string[]) => string[]): string {
  return edit([...STORY]).join('\n\n');
}

describe('similarity estimate', () => {
  it('is 1 for the same text, high for light edits, near 0 for another story', () => {
    const base = minhashSignature(STORY.join('\n\n'));
    expect(estimatedSimilarity(base, minhashSignature(STORY.join('\n\n')))).toBe(1);
    const edited = minhashSignature(variant((p) => [p[0].replace('Thursday', 'Friday'), ...p.slice(1, 5)]));
    const light = estimatedSimilarity(base, edited);
    expect(light).toBeGreaterThan(0.6);
    expect(light).toBeLessThan(1);
    const other = minhashSignature('Kurdish-led forces and the Syrian government agreed on Monday to a prisoner exchange near Qamishli, officials from both sides said, after weeks of talks mediated by Russia. The exchange involved forty detainees.');
    expect(estimatedSimilarity(base, other)).toBeLessThan(0.2);
  });
});

describe('near-duplicates in the library', () => {
  const libs = useTempLibraries();

  async function libraryWithSyndicatedCopy() {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    writeFileSync(path.join(dir, 'original.txt'), `HTS advances on Saraqib\n\nBy Wire Staff\n\n${STORY.join('\n\n')}\n`);
    writeFileSync(
      path.join(dir, 'syndicated.txt'),
      `Saraqib: HTS fighters advance as thousands flee\n\nSkip to content\n\n${variant((p) => [p[0].replace('on Thursday', 'on Thursday morning'), ...p.slice(1, 5), 'This story was first published by a partner agency.'])}\n\nShare this article\n`,
    );
    writeFileSync(path.join(dir, 'unrelated.txt'), 'Prisoner exchange near Qamishli\n\nKurdish-led forces and the Syrian government agreed on Monday to a prisoner exchange near Qamishli, officials from both sides said, after weeks of talks mediated by Russia.\n\nThe exchange involved forty detainees held since clashes in the city last year.\n');
    const first = await core.handlers.importPaths({ paths: [path.join(dir, 'original.txt'), path.join(dir, 'unrelated.txt')] });
    const second = await core.handlers.importPaths({ paths: [path.join(dir, 'syndicated.txt')] });
    return { core, originalId: first.files[0].articles[0], unrelatedId: first.files[1].articles[0], second };
  }

  it('recognises a syndicated copy with other furniture and says how alike it is', async () => {
    const { originalId, second } = await libraryWithSyndicatedCopy();
    const outcome = second.files[0];
    expect(outcome.status).toBe('imported');
    expect(outcome.similar).toHaveLength(1);
    expect(outcome.similar![0]).toMatchObject({ articleId: outcome.articles[0], similarTo: { id: originalId, title: 'HTS advances on Saraqib' } });
    expect(outcome.similar![0].similarity).toBeGreaterThan(0.5);
    expect(outcome.similar![0].similarity).toBeLessThan(1);
  });

  it('lists undecided near-duplicates, and keeping both settles them', async () => {
    const { core, originalId, second } = await libraryWithSyndicatedCopy();
    const copyId = second.files[0].articles[0];
    expect((await core.handlers.listNearDuplicates({})).map((d) => [d.articleId, d.otherId])).toEqual([[copyId, originalId]]);
    expect((await core.handlers.getArticle({ id: originalId })).nearDuplicates).toHaveLength(1);
    await core.handlers.resolveNearDuplicate({ articleId: copyId, otherId: originalId, decision: 'keep-both' });
    expect(await core.handlers.listNearDuplicates({})).toEqual([]);
    expect(await core.handlers.listArticles({})).toHaveLength(3);
  });

  it('links the two as versions of one story', async () => {
    const { core, originalId, second } = await libraryWithSyndicatedCopy();
    const copyId = second.files[0].articles[0];
    await core.handlers.resolveNearDuplicate({ articleId: copyId, otherId: originalId, decision: 'link' });
    expect((await core.handlers.getArticle({ id: originalId })).versions.map((v) => v.id)).toEqual([copyId]);
    expect((await core.handlers.getArticle({ id: copyId })).versions.map((v) => v.id)).toEqual([originalId]);
    expect(await core.handlers.listNearDuplicates({})).toEqual([]);
  });

  it('skips the new copy but keeps its original file', async () => {
    const { core, originalId, second } = await libraryWithSyndicatedCopy();
    const copyId = second.files[0].articles[0];
    const result = await core.handlers.resolveNearDuplicate({ articleId: copyId, otherId: originalId, decision: 'skip' });
    expect(result.removedArticleId).toBe(copyId);
    await expect(core.handlers.getArticle({ id: copyId })).rejects.toMatchObject({ code: 'not-found' });
    expect(await core.handlers.search({ query: 'partner agency' })).toEqual([]);
    expect((core.db.prepare(`SELECT count(*) AS n FROM source_files`).get() as { n: number }).n).toBe(3);
  });

  it('refuses a decision about two articles that were never marked alike', async () => {
    const { core, originalId, unrelatedId } = await libraryWithSyndicatedCopy();
    await expect(core.handlers.resolveNearDuplicate({ articleId: unrelatedId, otherId: originalId, decision: 'skip' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await core.handlers.listArticles({})).toHaveLength(3);
  });

  it('finds a copy of an article another connection stored after this one built its band index', async () => {
    const file = libs.newLibraryPath();
    const dir = libs.newDir();
    writeFileSync(path.join(dir, 'unrelated.txt'), 'Prisoner exchange near Qamishli\n\nKurdish-led forces and the Syrian government agreed on Monday to a prisoner exchange near Qamishli, officials from both sides said.\n');
    writeFileSync(path.join(dir, 'original.txt'), `HTS advances on Saraqib\n\n${STORY.join('\n\n')}\n`);
    writeFileSync(path.join(dir, 'copy.txt'), `Saraqib: HTS fighters advance\n\n${variant((p) => [p[0].replace('on Thursday', 'on Thursday morning'), ...p.slice(1, 5)])}\n`);
    const app = libs.open(file);
    await app.handlers.importPaths({ paths: [path.join(dir, 'unrelated.txt')] }); // the app's index is built now
    const cli = libs.open(file); // another process on the same library, as `dossier import` is
    const original = await cli.handlers.importPaths({ paths: [path.join(dir, 'original.txt')] });
    const copy = await app.handlers.importPaths({ paths: [path.join(dir, 'copy.txt')] });
    expect(copy.files[0].similar?.map((s) => s.similarTo.id)).toEqual([original.files[0].articles[0]]);
  });

  it('never offers an article that is gone, nor the article that took its id', async () => {
    const { core, originalId, second } = await libraryWithSyndicatedCopy();
    const copyId = second.files[0].articles[0];
    await core.handlers.resolveNearDuplicate({ articleId: copyId, otherId: originalId, decision: 'skip' });
    const dir = libs.newDir();
    // The skipped copy had the highest id, so SQLite gives it to the next article: an unrelated one.
    writeFileSync(path.join(dir, 'newcomer.txt'), 'Water talks in Raqqa\n\nEngineers from the civil council and farmers met on Sunday to share out the water of the Euphrates canal, which has run low since spring.\n');
    const newcomer = await core.handlers.importPaths({ paths: [path.join(dir, 'newcomer.txt')] });
    expect(newcomer.files[0].articles).toEqual([copyId]);
    expect(newcomer.files[0].similar).toBeUndefined();
    // Its search row and mentions are its own: nothing of the article that had the id before.
    expect(await core.handlers.search({ query: 'partner agency' })).toEqual([]);
    expect((await core.handlers.search({ query: 'Euphrates canal' })).map((hit) => hit.id)).toEqual([copyId]);
    expect((await core.handlers.getArticle({ id: copyId })).factions).toEqual([]);
    // A third copy of the story resembles the original only: not the skipped copy, nor the newcomer with its id.
    writeFileSync(path.join(dir, 'third.txt'), `HTS on the M5\n\n${variant((p) => [...p.slice(0, 5), 'Reporting by our correspondent in Idlib.'])}\n`);
    const third = await core.handlers.importPaths({ paths: [path.join(dir, 'third.txt')] });
    expect(third.files[0].similar?.map((s) => s.similarTo.id)).toEqual([originalId]);
  });
});
