import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApiInput } from '../../../src/shared/api';
import type { Highlight } from '../../../src/shared/model';
import type { Core } from '../../../src/main/core/context';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const IMPORT_DIR = path.join(FIXTURES_DIR, 'import');
const WIRE_STORY = path.join(IMPORT_DIR, 'wire-story.txt');

/** The offsets of the n-th occurrence of some words in a body. */
function span(body: string, words: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the body`);
  return { start, end: start + words.length };
}

async function importWireStory(core: Core): Promise<number> {
  const report = await core.handlers.importPaths({ paths: [WIRE_STORY] });
  return report.files[0].articles[0];
}

/** As an older, worse cleaner would have left the article: furniture around the body, which a re-clean removes. */
function makeBodyLookOld(core: Core, id: number): string {
  core.db
    .prepare(
      `UPDATE articles SET body = 'Skip to content\n\nAdvertisement\n\nMost read: Ten things about Idlib\n\n' || body || '\n\nShare this article\n\nRelated: Turkey threatens Manbij', title = 'Untitled', content_hash = 'old' WHERE id = ?`,
    )
    .run(id);
  return (core.db.prepare(`SELECT body FROM articles WHERE id = ?`).get(id) as { body: string }).body;
}

describe('highlights', () => {
  const libs = useTempLibraries();

  it('adds, shows, lists, updates and removes highlights', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: [IMPORT_DIR] });
    const ids = report.files.filter((f) => f.status === 'imported').flatMap((f) => f.articles);
    const id = (await core.handlers.listArticles({})).find((a) => a.title.startsWith('Rebels and Kurdish-led forces'))!.id;
    const { body } = await core.handlers.getArticle({ id });

    const first = await core.handlers.addHighlight({ articleId: id, ...span(body, 'Turkish-backed rebels'), comment: '  who exactly? ' });
    expect(first).toMatchObject({
      articleId: id,
      ...span(body, 'Turkish-backed rebels'),
      text: 'Turkish-backed rebels',
      color: 'yellow',
      comment: 'who exactly?',
      orphaned: false,
    });
    expect(first.prefix.endsWith('exchanged fire with ')).toBe(true);
    expect(first.suffix.startsWith(' on the western edge')).toBe(true);
    const second = await core.handlers.addHighlight({ articleId: id, ...span(body, 'Kurdish YPG'), color: 'green' });
    const other = ids.find((i) => i !== id)!;
    const otherBody = (await core.handlers.getArticle({ id: other })).body;
    const elsewhere = await core.handlers.addHighlight({ articleId: other, start: 0, end: 12 });
    expect(elsewhere.text).toBe(otherBody.slice(0, 12).trim());

    const detail = await core.handlers.getArticle({ id });
    // Body order, not the order they were made in.
    expect(detail.highlights.map((h) => h.text)).toEqual(['Turkish-backed rebels', 'Kurdish YPG']);
    for (const h of detail.highlights) expect(h.orphaned === false && body.slice(h.start, h.end)).toBe(h.text);

    const all = await core.handlers.listHighlights({});
    expect(all.map((h) => h.id)).toEqual([elsewhere.id, second.id, first.id]);
    expect(all[1]).toMatchObject({ articleTitle: 'Rebels and Kurdish-led forces trade fire near Manbij', color: 'green', comment: null });
    expect((await core.handlers.listHighlights({ articleId: id })).map((h) => h.id)).toEqual([second.id, first.id]);

    const recoloured = await core.handlers.updateHighlight({ id: first.id, color: 'pink' });
    expect(recoloured).toMatchObject({ color: 'pink', comment: 'who exactly?', text: 'Turkish-backed rebels' });
    expect(await core.handlers.updateHighlight({ id: first.id, comment: 'Sultan Murad?' })).toMatchObject({ color: 'pink', comment: 'Sultan Murad?' });
    expect(await core.handlers.updateHighlight({ id: first.id, comment: '   ' })).toMatchObject({ comment: null });
    expect(await core.handlers.updateHighlight({ id: first.id, comment: 'back' })).toMatchObject({ comment: 'back' });
    expect(await core.handlers.updateHighlight({ id: first.id, comment: null })).toMatchObject({ comment: null, color: 'pink' });

    expect(await core.handlers.removeHighlight({ id: first.id })).toEqual({ removed: true });
    expect(await core.handlers.removeHighlight({ id: first.id })).toEqual({ removed: false });
    await expect(core.handlers.updateHighlight({ id: first.id, color: 'blue' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining(`no highlight ${first.id}`) });
    expect((await core.handlers.getArticle({ id })).highlights.map((h) => h.id)).toEqual([second.id]);
  });

  it('keeps highlights across closing and reopening the library', async () => {
    const file = libs.newLibraryPath();
    const core = libs.open(file);
    const id = await importWireStory(core);
    const { body } = await core.handlers.getArticle({ id });
    const made = await core.handlers.addHighlight({ articleId: id, ...span(body, 'monitoring group'), color: 'blue', comment: 'SOHR?' });
    core.close();
    const reopened = libs.open(file);
    expect((await reopened.handlers.getArticle({ id })).highlights).toEqual([made]);
  });

  it('leaves out the white space a selection drags along at either end', async () => {
    const core = libs.open(libs.newLibraryPath());
    const id = await importWireStory(core);
    const { body } = await core.handlers.getArticle({ id });
    const words = span(body, 'No casualties');
    const made = await core.handlers.addHighlight({ articleId: id, start: words.start - 2, end: words.end + 1 });
    expect(body.slice(words.start - 2, words.start)).toMatch(/^\s+$/);
    expect(made).toMatchObject({ ...words, text: 'No casualties' });
  });

  it('refuses bad selections with a message a person understands', async () => {
    const core = libs.open(libs.newLibraryPath());
    const id = await importWireStory(core);
    const { body } = await core.handlers.getArticle({ id });

    const backwards = parseApiInput('addHighlight', { articleId: id, start: 10, end: 10 });
    expect(backwards.ok === false && backwards.message).toBe('Invalid input for addHighlight: end: A highlight must end after it starts: select at least one character');
    expect(parseApiInput('addHighlight', { articleId: id, start: -1, end: 3 })).toMatchObject({ ok: false, message: expect.stringContaining('Offsets cannot be negative') });
    expect(parseApiInput('addHighlight', { articleId: id, start: 0, end: 3, color: 'purple' })).toMatchObject({ ok: false, message: expect.stringContaining('A highlight colour is one of yellow, green, blue, pink') });
    expect(parseApiInput('addHighlight', { articleId: id, start: 0, end: 3, comment: 'x'.repeat(10_001) })).toMatchObject({ ok: false, message: expect.stringContaining('at most 10,000 characters') });
    expect(parseApiInput('addHighlight', { articleId: id, start: 0, end: 3, quote: 'x' }).ok).toBe(false);
    expect(parseApiInput('addHighlight', { articleId: id, start: 0.5, end: 3 }).ok).toBe(false);
    expect(parseApiInput('updateHighlight', { id: 1, color: 'orange' }).ok).toBe(false);
    expect(parseApiInput('updateHighlight', { id: 1, comment: null })).toEqual({ ok: true, value: { id: 1, comment: null } });
    expect(parseApiInput('removeHighlight', { id: 0 }).ok).toBe(false);
    expect(parseApiInput('listHighlights', {})).toEqual({ ok: true, value: {} });

    await expect(core.handlers.addHighlight({ articleId: id, start: body.length - 3, end: body.length + 5 })).rejects.toMatchObject({
      code: 'invalid-input',
      message: `That selection runs past the end of the article (its text is ${body.length} characters long); reload the article and select again.`,
    });
    const gap = body.indexOf('\n\n');
    await expect(core.handlers.addHighlight({ articleId: id, start: gap, end: gap + 2 })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'That selection holds only white space; select some words to highlight.',
    });
    await expect(core.handlers.addHighlight({ articleId: id, start: 5, end: 5 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(core.handlers.addHighlight({ articleId: 999, start: 0, end: 3 })).rejects.toMatchObject({ code: 'not-found', message: 'There is no article 999 in this library.' });
    await expect(core.handlers.listHighlights({ articleId: 999 })).rejects.toMatchObject({ code: 'not-found' });

    core.db.prepare(`UPDATE articles SET body = 'Smile 😀 please' WHERE id = ?`).run(id);
    await expect(core.handlers.addHighlight({ articleId: id, start: 0, end: 7 })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('cuts a character in two') });
    expect(await core.handlers.listHighlights({})).toEqual([]);
  });

  it('go with their article when it is deleted', async () => {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    const paragraphs = [
      'Hundreds of fighters from Hay’at Tahrir al-Sham advanced on the town of Saraqib on Thursday after a night of heavy shelling, local sources said.',
      'The group took control of two villages on the M5 highway and set up checkpoints, while residents fled north towards the Turkish border in cars and on foot.',
      'A spokesman for the National Liberation Front said its fighters had withdrawn to avoid civilian casualties and would return once the shelling stopped.',
      'Turkish officials said they were in contact with all sides and called for a return to the ceasefire agreed in Sochi, which both groups say they still support.',
      'Aid workers in Idlib said more than ten thousand people had been displaced in two days, many of them for the third or fourth time since the war began.',
    ];
    writeFileSync(path.join(dir, 'original.txt'), `HTS advances on Saraqib\n\nBy Wire Staff\n\n${paragraphs.join('\n\n')}\n`);
    writeFileSync(path.join(dir, 'copy.txt'), `Saraqib: HTS fighters advance\n\nSkip to content\n\n${[paragraphs[0].replace('on Thursday', 'on Thursday morning'), ...paragraphs.slice(1)].join('\n\n')}\n\nShare this article\n`);
    const first = await core.handlers.importPaths({ paths: [path.join(dir, 'original.txt')] });
    const second = await core.handlers.importPaths({ paths: [path.join(dir, 'copy.txt')] });
    const originalId = first.files[0].articles[0];
    const copyId = second.files[0].articles[0];
    expect(second.files[0].similar?.[0]?.similarTo.id).toBe(originalId);
    const copyBody = (await core.handlers.getArticle({ id: copyId })).body;
    const kept = await core.handlers.addHighlight({ articleId: originalId, ...span((await core.handlers.getArticle({ id: originalId })).body, 'M5 highway') });
    await core.handlers.addHighlight({ articleId: copyId, ...span(copyBody, 'Thursday morning'), comment: 'verify the weekday' });

    await core.handlers.resolveNearDuplicate({ articleId: copyId, otherId: originalId, decision: 'skip' });
    expect((await core.handlers.listHighlights({})).map((h) => h.id)).toEqual([kept.id]);
    expect((core.db.prepare(`SELECT count(*) AS n FROM highlights WHERE article_id = ?`).get(copyId) as { n: number }).n).toBe(0);
    expect(await core.handlers.search({ query: 'weekday' })).toEqual([]);
  });
});

describe('highlights across a re-clean', () => {
  const libs = useTempLibraries();

  it('stay on the same words when the body changes around them', async () => {
    const core = libs.open(libs.newLibraryPath());
    const id = await importWireStory(core);
    const clean = (await core.handlers.getArticle({ id })).body;
    const old = makeBodyLookOld(core, id);
    // Made while the article still read with furniture, so every offset is off by the furniture's length.
    const rebels = await core.handlers.addHighlight({ articleId: id, ...span(old, 'Turkish-backed rebels'), comment: 'which brigades?' });
    // "SDF" is in the body three times; this is the one in "The SDF, whose backbone…".
    const sdf = await core.handlers.addHighlight({ articleId: id, ...span(old, 'SDF', 1), color: 'blue' });
    expect(old.slice(sdf.start!, sdf.start! + 19)).toBe('SDF, whose backbone');
    expect(span(old, 'Turkish-backed rebels').start).not.toBe(span(clean, 'Turkish-backed rebels').start);

    const report = await core.handlers.recleanArticles({ articleIds: [id] });
    expect(report).toMatchObject({ changed: 1, failed: [] });
    const after = await core.handlers.getArticle({ id });
    expect(after.body).toBe(clean);
    const [first, second] = after.highlights;
    expect(first).toMatchObject({ id: rebels.id, orphaned: false, ...span(clean, 'Turkish-backed rebels'), text: 'Turkish-backed rebels', comment: 'which brigades?' });
    expect(second).toMatchObject({ id: sdf.id, orphaned: false, ...span(clean, 'SDF', 1), text: 'SDF', color: 'blue' });
    for (const h of after.highlights) expect(!h.orphaned && clean.slice(h.start, h.end)).toBe(h.text);
    // The context now describes the new body, ready for the next re-clean.
    expect(after.highlights[0].prefix).toBe(clean.slice(first.start! - 32, first.start!));
    expect(first.createdAt).toBe(rebels.createdAt);
    expect(first.updatedAt).toBe(rebels.updatedAt);

    // Running it again changes nothing, highlights included.
    expect(await core.handlers.recleanArticles({})).toMatchObject({ changed: 0, unchanged: 1 });
    expect((await core.handlers.getArticle({ id })).highlights).toEqual(after.highlights);
  });

  it('are kept, orphaned with their quote, when their words are gone', async () => {
    const core = libs.open(libs.newLibraryPath());
    const id = await importWireStory(core);
    const old = makeBodyLookOld(core, id);
    const furniture = await core.handlers.addHighlight({ articleId: id, ...span(old, 'Turkey threatens Manbij'), color: 'pink', comment: 'follow this up' });
    const kept = await core.handlers.addHighlight({ articleId: id, ...span(old, 'front line had not moved') });

    await core.handlers.recleanArticles({ articleIds: [id] });
    const after = await core.handlers.getArticle({ id });
    expect(after.body).not.toContain('Turkey threatens Manbij');
    const orphan = after.highlights.find((h) => h.id === furniture.id)!;
    expect(orphan).toEqual<Highlight>({ ...furniture, orphaned: true, start: null, end: null });
    // Anchored ones first, in body order; orphaned ones after.
    expect(after.highlights.map((h) => [h.id, h.orphaned])).toEqual([
      [kept.id, false],
      [furniture.id, true],
    ]);
    const listed = await core.handlers.listHighlights({});
    expect(listed.find((h) => h.id === furniture.id)).toMatchObject({ text: 'Turkey threatens Manbij', orphaned: true, comment: 'follow this up', articleTitle: after.title });
    // The reader can still change or remove it.
    expect(await core.handlers.updateHighlight({ id: furniture.id, comment: 'gone from the text' })).toMatchObject({ orphaned: true, comment: 'gone from the text' });
    expect(await core.handlers.removeHighlight({ id: furniture.id })).toEqual({ removed: true });
  });

  it('stay with the article that keeps its id when the cleaner now splits the file in two', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: [path.join(FIXTURES_DIR, 'cleaner', 'two-reports.txt')] });
    const [firstId, secondId] = report.files[0].articles;
    const first = await core.handlers.getArticle({ id: firstId });
    const second = await core.handlers.getArticle({ id: secondId });
    // As an older cleaner would have stored the file: one article holding both reports.
    core.db.prepare(`DELETE FROM article_search WHERE rowid = ?`).run(secondId);
    core.db.prepare(`DELETE FROM articles WHERE id = ?`).run(secondId);
    const merged = `${first.body}\n\n${second.title}\n\n${second.body}`;
    core.db.prepare(`UPDATE articles SET body = ?, content_hash = 'old' WHERE id = ?`).run(merged, firstId);
    const inFirst = await core.handlers.addHighlight({ articleId: firstId, ...span(merged, 'killing two fighters') });
    const inSecond = await core.handlers.addHighlight({ articleId: firstId, ...span(merged, 'five suspected members'), comment: 'names?' });

    await core.handlers.recleanArticles({});
    const kept = await core.handlers.getArticle({ id: firstId });
    expect(kept.body).toBe(first.body);
    expect(kept.highlights.find((h) => h.id === inFirst.id)).toMatchObject({ orphaned: false, ...span(first.body, 'killing two fighters') });
    // Its words now belong to the new second article; the highlight stays where the reader left it, orphaned.
    expect(kept.highlights.find((h) => h.id === inSecond.id)).toMatchObject({ orphaned: true, text: 'five suspected members', comment: 'names?' });
    const split = (await core.handlers.listArticles({})).find((a) => a.id !== firstId)!;
    expect(split.title).toBe(second.title);
    expect((await core.handlers.getArticle({ id: split.id })).highlights).toEqual([]);
  });
});

describe('highlights in search', () => {
  const libs = useTempLibraries();

  it('find an article by a highlight comment or quote, and forget it when the highlight goes', async () => {
    const core = libs.open(libs.newLibraryPath());
    await core.handlers.importPaths({ paths: [IMPORT_DIR] });
    const id = (await core.handlers.listArticles({})).find((a) => a.title.startsWith('Rebels and Kurdish-led forces'))!.id;
    const { body } = await core.handlers.getArticle({ id });
    // The field index is built by this first search; adding a highlight must invalidate it.
    expect(await core.handlers.search({ query: 'quartermaster' })).toEqual([]);

    const made = await core.handlers.addHighlight({ articleId: id, ...span(body, 'monitoring group'), comment: 'Ask the quartermaster in Jarablus' });
    expect((await core.handlers.search({ query: 'quartermaster' })).map((h) => h.id)).toEqual([id]);
    // Typo-tolerant, like notes.
    expect((await core.handlers.search({ query: 'quartermastr' })).map((h) => h.id)).toEqual([id]);

    await core.handlers.updateHighlight({ id: made.id, comment: 'Ask the logistics officer instead' });
    expect(await core.handlers.search({ query: 'quartermaster' })).toEqual([]);
    expect((await core.handlers.search({ query: 'logistics officer' })).map((h) => h.id)).toEqual([id]);

    await core.handlers.removeHighlight({ id: made.id });
    expect(await core.handlers.search({ query: 'logistics officer' })).toEqual([]);
  });

  it('find an article by the words of an orphaned highlight, which its body no longer has', async () => {
    const core = libs.open(libs.newLibraryPath());
    const id = await importWireStory(core);
    const old = makeBodyLookOld(core, id);
    await core.handlers.addHighlight({ articleId: id, ...span(old, 'Most read: Ten things about Idlib') });
    await core.handlers.recleanArticles({ articleIds: [id] });
    expect((await core.handlers.getArticle({ id })).highlights[0].orphaned).toBe(true);
    expect((await core.handlers.search({ query: 'Ten things' })).map((h) => h.id)).toEqual([id]);
  });
});
