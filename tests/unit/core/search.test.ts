import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from '../../../src/main/core/search/fts-query';
import { normaliseSearchText } from '../../../src/main/core/search/normalise-search-text';
import { reciprocalRankFusion } from '../../../src/main/core/search/rank-fusion';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const IMPORT_DIR = path.join(FIXTURES_DIR, 'import');

describe('search building blocks', () => {
  it('normalises Arabic: diacritics, alef forms, taa marbuta, tatweel', () => {
    expect(normaliseSearchText('هَيْئَة تَحْرِير الشَّام')).toBe(normaliseSearchText('هيئه تحرير الشام'));
    expect(normaliseSearchText('أحرار الشـــام')).toBe('احرار الشام');
    expect(normaliseSearchText('إدلب')).toBe('ادلب');
  });

  it('quotes user words so FTS5 syntax in a query is text, not operators', () => {
    expect(buildFtsQuery('Nusra Front')).toBe('"Nusra" AND "Front"*');
    expect(buildFtsQuery('"Army of Conquest" Idlib')).toBe('"Army of Conquest" AND "Idlib"*');
    expect(buildFtsQuery('NEAR(a b) OR -x*')).toBe('"NEAR a" AND "b" AND "OR" AND "x"');
    expect(buildFtsQuery('  ')).toBeNull();
  });

  it('fuses ranked lists by reciprocal rank', () => {
    const fused = reciprocalRankFusion([[1, 2, 3], [3, 1]]);
    const order = [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order).toEqual([1, 3, 2]);
  });
});

describe('library search', () => {
  const libs = useTempLibraries();

  async function library() {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    writeFileSync(
      path.join(dir, 'arabic.txt'),
      'اشتباكات بين هيئة تحرير الشام وفصائل المعارضة في إدلب\n\nقالت مصادر محلية إنّ اشتباكاتٍ عنيفة اندلعت بين هَيْئَة تحرير الشام وفصائل من الجيش الوطني في ريف إدلب الجنوبي، وأسفرت عن سقوط قتلى من الطرفين.\n\nوأضافت المصادر أن المواجهات توقفت بعد وساطة محلية.\n',
    );
    const report = await core.handlers.importPaths({ paths: [IMPORT_DIR, dir] });
    const ids = Object.fromEntries(report.files.filter((f) => f.status === 'imported').map((f) => [path.basename(f.path), f.articles[0]]));
    return { core, ids };
  }

  it('finds a word of the body and returns the words to highlight', async () => {
    const { core, ids } = await library();
    const hits = await core.handlers.search({ query: 'armoured vehicles' });
    expect(hits[0]).toMatchObject({ id: ids['saved-page.html'], terms: ['armoured', 'vehicles'] });
    expect(hits[0].snippet).toContain('armoured vehicles');
  });

  it('centres the snippet on the words searched for, not on the first stop word', async () => {
    const { core, ids } = await library();
    const [hit] = await core.handlers.search({ query: 'the Lebanese group' });
    expect(hit.id).toBe(ids['saved-page.html']);
    expect(hit.snippet).toContain('The Lebanese group has not commented');
  });

  it('ranks a title match above a body match', async () => {
    const { core, ids } = await library();
    const hits = await core.handlers.search({ query: 'Qusayr' });
    expect(hits[0].id).toBe(ids['saved-page.html']);
  });

  it('tolerates typos and other transliterations of faction names', async () => {
    const { core, ids } = await library();
    expect((await core.handlers.search({ query: 'Hezbolah' })).map((h) => h.id)).toContain(ids['saved-page.html']);
    expect((await core.handlers.search({ query: 'Jaish al-Fatah' })).map((h) => h.id)[0]).toBe(ids['analyst-note.md']);
  });

  it('finds Arabic text whatever the diacritics and letter forms', async () => {
    const { core, ids } = await library();
    expect((await core.handlers.search({ query: 'هيئه تحرير' })).map((h) => h.id)).toContain(ids['arabic.txt']);
    expect((await core.handlers.search({ query: 'اشتباكات عنيفه' })).map((h) => h.id)).toContain(ids['arabic.txt']);
  });

  it('searches tags and notes as soon as they change', async () => {
    const { core, ids } = await library();
    expect(await core.handlers.search({ query: 'zebrafinch' })).toEqual([]);
    await core.handlers.saveNote({ articleId: ids['wire-story.txt'], text: 'Cross-check with the zebrafinch dataset' });
    expect((await core.handlers.search({ query: 'zebrafinch' })).map((h) => h.id)).toEqual([ids['wire-story.txt']]);
    await core.handlers.addTag({ articleId: ids['analyst-note.md'], tag: 'kestrel' });
    expect((await core.handlers.search({ query: 'kestrel' })).map((h) => h.id)).toEqual([ids['analyst-note.md']]);
  });

  it('returns nothing for an empty query and survives FTS syntax in the query', async () => {
    const { core } = await library();
    expect(await core.handlers.search({ query: '   ' })).toEqual([]);
    await expect(core.handlers.search({ query: 'AND OR NOT "unclosed (' })).resolves.toBeInstanceOf(Array);
  });
});
