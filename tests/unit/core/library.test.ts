import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const IMPORT_DIR = path.join(FIXTURES_DIR, 'import');

async function libraryWithFixtures(libs: ReturnType<typeof useTempLibraries>) {
  const file = libs.newLibraryPath();
  const core = libs.open(file);
  const report = await core.handlers.importPaths({ paths: [IMPORT_DIR] });
  const ids = Object.fromEntries(report.files.filter((f) => f.status === 'imported').map((f) => [path.basename(f.path), f.articles[0]]));
  return { core, file, ids };
}

describe('library: factions, tags, notes', () => {
  const libs = useTempLibraries();

  it('lists factions with article and mention counts, and filters articles by faction', async () => {
    const { core, ids } = await libraryWithFixtures(libs);
    const factions = await core.handlers.listFactions({});
    const fsa = factions.find((f) => f.id === 'free-syrian-army');
    expect(fsa).toMatchObject({ articles: 2, bloc: expect.any(String) });
    expect(factions.every((f) => f.kind !== 'person')).toBe(true);
    const filtered = await core.handlers.listArticles({ factionIds: ['hezbollah'] });
    expect(filtered.map((a) => a.id)).toEqual([ids['saved-page.html']]);
    const both = await core.handlers.listArticles({ factionIds: ['free-syrian-army', 'sdf'] });
    expect(both.map((a) => a.id)).toEqual([ids['wire-story.txt']]);
    const row = (await core.handlers.listArticles({})).find((a) => a.id === ids['wire-story.txt'])!;
    expect(row.factions.map((f) => f.id)).toContain('sdf');
  });

  it('shows lineage hints for factions that were renamed or merged', async () => {
    const { core, ids } = await libraryWithFixtures(libs);
    const article = await core.handlers.getArticle({ id: ids['analyst-note.md'] });
    const nusra = article.factions.find((f) => f.id === 'al-nusra-front');
    expect(nusra?.lineageHint).toMatch(/Fateh al-Sham/);
    const detail = await core.handlers.getFaction({ id: 'al-nusra-front' });
    expect(detail.lineage.map((l) => l.targetId)).toContain('jabhat-fateh-al-sham');
  });

  it('adds, lists, filters by and removes tags', async () => {
    const { core, ids } = await libraryWithFixtures(libs);
    const id = ids['wire-story.txt'];
    expect(await core.handlers.addTag({ articleId: id, tag: 'Manbij' })).toEqual(['Manbij']);
    expect(await core.handlers.addTag({ articleId: id, tag: 'to verify' })).toEqual(['Manbij', 'to verify']);
    await core.handlers.addTag({ articleId: ids['saved-page.html'], tag: 'manbij' });
    expect(await core.handlers.listTags({})).toEqual([
      { name: 'Manbij', articles: 2 },
      { name: 'to verify', articles: 1 },
    ]);
    expect((await core.handlers.listArticles({ tag: 'to verify' })).map((a) => a.id)).toEqual([id]);
    expect(await core.handlers.removeTag({ articleId: id, tag: 'to verify' })).toEqual(['Manbij']);
    expect(await core.handlers.listTags({})).toEqual([{ name: 'Manbij', articles: 2 }]);
  });

  it('keeps notes and tags across closing and reopening the library', async () => {
    const { core, file, ids } = await libraryWithFixtures(libs);
    const id = ids['analyst-note.md'];
    await core.handlers.saveNote({ articleId: id, text: 'First draft' });
    await core.handlers.saveNote({ articleId: id, text: 'Check the date of the Idlib offensive — مصدر' });
    await core.handlers.addTag({ articleId: id, tag: 'coalitions' });
    core.close();
    const reopened = libs.open(file);
    const article = await reopened.handlers.getArticle({ id });
    expect(article.note).toBe('Check the date of the Idlib offensive — مصدر');
    expect(article.tags).toEqual(['coalitions']);
    expect(await reopened.handlers.listArticles({})).toHaveLength(3);
  });

  it('answers an unknown article with a not-found error a person can read', async () => {
    const { core } = await libraryWithFixtures(libs);
    await expect(core.handlers.getArticle({ id: 9999 })).rejects.toMatchObject({ code: 'not-found', message: 'There is no article 9999 in this library.' });
    await expect(core.handlers.saveNote({ articleId: 9999, text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
