import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/context';
import { FactionVocabulary } from '../../../src/main/core/search/faction-vocabulary';
import lunr from 'lunr';
import { buildFieldIndex, READER_FIELDS, searchFieldIndex, type FieldDocument } from '../../../src/main/core/search/field-index';
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

describe('the fielded index', () => {
  const doc = (id: number, fields: Partial<FieldDocument>): FieldDocument => ({ id, title: '', subtitle: '', outlet: '', tags: '', notes: '', highlights: '', ...fields });
  const documents = [
    doc(1, { title: 'Hezbollah fighters deploy to Qusayr', outlet: 'Example Monitor', tags: 'qusayr lebanon' }),
    doc(2, { title: 'Nusra Front and Ahrar al-Sham take Idlib', subtitle: 'The Army of Conquest advances on the city', notes: 'Compare with the Jisr al-Shughur offensive' }),
    doc(3, { title: 'Jaysh al-Fath coalition formed', subtitle: 'Ahrar al-Sham, Jabhat al-Nusra and others', highlights: 'operations room' }),
    doc(4, { title: 'اشتباكات بين هيئة تحرير الشام وفصائل المعارضة في إدلب', outlet: 'عنب بلدي' }),
    doc(5, { title: 'Ceasefire negotiations resume in Astana', subtitle: 'Turkey, Russia and Iran', tags: 'ceasefire talks' }),
    doc(6, { title: 'Shelling in Idlib countryside', notes: 'Nusrah? check the source', highlights: 'the ceasefire collapsed' }),
    ...Array.from({ length: 40 }, (_, k) => doc(100 + k, { title: `Field report ${k} from Idlib`, subtitle: k % 3 ? 'Shelling and clashes' : 'Ceasefire holds' })),
  ];
  const index = buildFieldIndex(documents);

  /** The same clauses through lunr's own Index#query. */
  function throughLunr(query: string): { id: number; score: number }[] {
    const words = query.split(/\s+/).map((w) => w.toLowerCase());
    return index
      .query((q) => {
        for (const word of words) {
          q.term(word, { boost: 10, usePipeline: true });
          if (word.length >= 3) q.term(word, { boost: 3, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
          if (word.length >= 4) q.term(word, { boost: 1, usePipeline: false, editDistance: word.length >= 8 ? 2 : 1 });
        }
      })
      .map((r) => ({ id: Number(r.ref), score: r.score }));
  }

  it('scores every document as lunr’s own query does, and returns only the best', () => {
    for (const query of ['idlib', 'nusrah', 'ceasefire negotiations', 'ahrar sham', 'qusayr', 'hezbolah', 'field report', 'shel', 'تحرير الشام', 'monitor', 'operations', 'zebrafinch']) {
      const expected = throughLunr(query);
      const actual = searchFieldIndex(index, query, 1000);
      expect(actual.map((h) => h.id).sort(), query).toEqual(expected.map((h) => h.id).sort());
      const byId = new Map(expected.map((h) => [h.id, h.score]));
      for (const hit of actual) expect(hit.score, `${query}: ${hit.id}`).toBeCloseTo(byId.get(hit.id)!, 9);
      expect(actual.map((h) => h.score)).toEqual([...actual.map((h) => h.score)].sort((a, b) => b - a));
      expect(searchFieldIndex(index, query, 5)).toEqual(actual.slice(0, 5));
    }
    expect(searchFieldIndex(index, 'idlib', 1000).length).toBeGreaterThan(40);
  });

  it('boosts the title above the other fields, and searches Arabic, tags, notes and highlights', () => {
    expect(searchFieldIndex(index, 'nusra', 10)[0].id).toBe(2);
    expect(searchFieldIndex(index, 'هيئه تحرير', 10).map((h) => h.id)).toEqual([4]);
    expect(searchFieldIndex(index, 'lebanon', 10).map((h) => h.id)).toEqual([1]);
    expect(searchFieldIndex(index, 'Shughur', 10).map((h) => h.id)).toEqual([2]);
    expect(searchFieldIndex(index, 'collapsed', 10).map((h) => h.id)).toEqual([6]);
    expect(searchFieldIndex(index, 'the of and', 10)).toEqual([]);
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

  it('lists the articles of every faction the query names, by their mentions together', async () => {
    const { core, ids } = await library();
    expect(core.search.rankedLists('Hezbollah', 100).factions).toEqual([ids['saved-page.html']]);
    expect(core.search.rankedLists('Ahrar al-Sham', 100).factions).toEqual([ids['analyst-note.md']]);
    expect(core.search.rankedLists('Hezbollah or Ahrar al-Sham', 100).factions.sort()).toEqual([ids['saved-page.html'], ids['analyst-note.md']].sort());
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

  it('rebuilds only the reader’s small index after a tag or a note, and the article index only when an article’s fields change', async () => {
    const { core, ids } = await library();
    await core.handlers.search({ query: 'Qusayr' });
    const first = core.search.fieldIndexes();
    expect(first.readerCount).toBe(0);

    await core.handlers.saveNote({ articleId: ids['wire-story.txt'], text: 'Ask about the kingfisher checkpoint' });
    await core.handlers.addTag({ articleId: ids['analyst-note.md'], tag: 'kingfisher' });
    expect((await core.handlers.search({ query: 'kingfisher' })).map((h) => h.id).sort()).toEqual([ids['wire-story.txt'], ids['analyst-note.md']].sort());
    const afterNotes = core.search.fieldIndexes();
    expect(afterNotes.articles).toBe(first.articles);
    expect(afterNotes.readerCount).toBe(2);
    await core.handlers.removeTag({ articleId: ids['analyst-note.md'], tag: 'kingfisher' });
    expect((await core.handlers.search({ query: 'kingfisher' })).map((h) => h.id)).toEqual([ids['wire-story.txt']]);

    // A faction edit re-tags the library and invalidates the search; no title, subtitle or outlet changed.
    await core.handlers.addFactionAlias({ factionId: 'hezbollah', alias: 'Party of God fighters' });
    await core.retagIdle();
    await core.handlers.search({ query: 'Qusayr' });
    expect(core.search.fieldIndexes().articles).toBe(first.articles);

    // A changed title (as a re-clean writes it) is seen at the next search after an invalidation.
    core.db.prepare(`UPDATE articles SET title = 'Kestrel brigade reaches Qusayr' WHERE id = ?`).run(ids['wire-story.txt']);
    core.search.invalidate();
    expect(core.search.rankedLists('kestrel', 100).fields).toEqual([ids['wire-story.txt']]);
    expect(core.search.fieldIndexes().articles).not.toBe(first.articles);
    // And a new article at the next import.
    const dir = libs.newDir();
    writeFileSync(path.join(dir, 'new.txt'), 'Kestrel convoy crosses at Bab al-Hawa\n\nA convoy crossed the border on Sunday, officials said, the first in a month.\n');
    const report = await core.handlers.importPaths({ paths: [dir] });
    expect(core.search.rankedLists('kestrel', 100).fields.sort()).toEqual([ids['wire-story.txt'], report.files[0].articles[0]].sort());
  });

  it('weighs a word of a note or tag against the whole library, as a word of a title', async () => {
    const { core, ids } = await library();
    await core.handlers.addTag({ articleId: ids['saved-page.html'], tag: 'siege' });
    // "siege" is in no title; the tag puts the article at the top of the fielded list.
    expect(core.search.rankedLists('siege', 100).fields[0]).toBe(ids['saved-page.html']);
    // lunr's idf over the library's articles, not over the one tagged article.
    const tagged = [{ id: 1, tags: 'siege' }];
    const alone = searchFieldIndex(buildFieldIndex(tagged, { fields: READER_FIELDS }), 'siege', 1)[0].score;
    const inLibrary = searchFieldIndex(buildFieldIndex(tagged, { fields: READER_FIELDS, libraryArticles: 10_000 }), 'siege', 1)[0].score;
    // (lunr rounds the weights it stores to three decimals)
    expect(inLibrary / alone).toBeCloseTo(Math.log(1 + 9_999.5 / 1.5) / Math.log(1 + 0.5 / 1.5), 1);
  });

  it('returns nothing for an empty query and survives FTS syntax in the query', async () => {
    const { core } = await library();
    expect(await core.handlers.search({ query: '   ' })).toEqual([]);
    await expect(core.handlers.search({ query: 'AND OR NOT "unclosed (' })).resolves.toBeInstanceOf(Array);
  });
});

describe('faction names in a query', () => {
  it('reads a misspelt word of a faction name as that word, and leaves every other word alone', () => {
    const vocabulary = new FactionVocabulary(['Hezbollah', 'Jabhat al-Nusra', 'Nusra Front', 'Jaysh al-Izza', 'Jaysh al-Izzah', 'Islamic State of Iraq', 'Iran', 'HTS', "Hay'at Tahrir al-Sham"]);
    expect(vocabulary.correct('Hezbolah')).toBe('Hezbollah');
    expect(vocabulary.correct('the Nusrah front in Idlib')).toBe('the Nusra front in Idlib');
    expect(vocabulary.correct('Hayat Tahrir al-Shaam')).toBe('Hayat Tahrir al-Sham');
    // Words of a name, ordinary words, short words and numbers are never changed.
    expect(vocabulary.correct('Jaysh al-Izzah')).toBeNull();
    expect(vocabulary.correct('Iraq and Iran')).toBeNull();
    expect(vocabulary.correct('fighters ceasefire negotiations')).toBeNull();
    expect(vocabulary.correct('HST 2015')).toBeNull();
    // A word the library's texts have is not a misspelling, even one edit from a word of a name.
    expect(vocabulary.correct('Nusrah', () => false)).toBe('Nusra');
    expect(vocabulary.correct('Nusrah', (word) => word === 'nusrah')).toBeNull();
    // Two edits from eight letters, the closest word first, the one more names share on a tie.
    expect(vocabulary.correct('Hezzbolah')).toBe('Hezbollah');
    expect(vocabulary.correct('Izaz')).toBe('Izza'); // two neighbours swapped
  });
});

describe('a faction named in thousands of articles', () => {
  // One library for the tests below: 2,000 articles that each mention Jaysh al-Izza once, and three
  // about it (the name in the title and four mentions; eight mentions; the query's spelling in the body).
  let dir: string;
  let core: Core;
  const ids: Record<string, number> = {};
  const FILLER = 2000;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-'));
    const files = path.join(dir, 'files');
    mkdirSync(files);
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const WORDS = 'convoy checkpoint village shelling supply highway hill district residents monitoring talks statement withdrew advance captured border camp families aid commander'.split(' ');
    // Different words in every article, so none is taken for a near-duplicate of another.
    const words = (n: number): string => Array.from({ length: n }, () => `${WORDS[Math.floor(random() * WORDS.length)]}${Math.floor(random() * 90)}`).join(' ');
    for (let i = 0; i < FILLER; i++) writeFileSync(path.join(files, `filler-${i}.txt`), `Field report ${i} ${words(3)}\n\nFighters of Jaysh al-Izza were seen near ${words(30)}.\n`);
    const about: Record<string, string> = {
      'titled.txt': `Jaysh al-Izza fighters enter Latamneh\n\nJaysh al-Izza entered the town at dawn. ${words(20)}. Jaysh al-Izza said ${words(20)}. A Jaysh al-Izza commander ${words(10)}.\n`,
      'most-mentions.txt': `Northern Hama front lines\n\n${Array.from({ length: 8 }, () => `Jaysh al-Izza ${words(12)}.`).join(' ')}\n`,
      'other-spelling.txt': `Defections in the north\n\nA commander of Jaysh al-Izzah left with forty men, ${words(30)}. Jaysh al-Izza denied it.\n`,
    };
    for (const [name, text] of Object.entries(about)) writeFileSync(path.join(files, name), text);
    core = createCore({ dbPath: path.join(dir, 'library.sqlite') });
    const report = await core.handlers.importPaths({ paths: [files] });
    for (const file of report.files) if (file.status === 'imported') ids[path.basename(file.path)] = file.articles[0];
  }, 180_000);

  afterAll(() => {
    core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks the articles about the faction first, whatever the spelling, and returns a bounded list', async () => {
    expect(Object.keys(ids)).toHaveLength(FILLER + 3);
    const hits = await core.handlers.search({ query: 'Jaysh al-Izzah', limit: 50 });
    expect(hits).toHaveLength(50);
    expect(hits[0].id).toBe(ids['titled.txt']);
    expect(hits.slice(1, 3).map((h) => h.id).sort()).toEqual([ids['most-mentions.txt'], ids['other-spelling.txt']].sort());
    expect(hits[0].snippet).toContain('Jaysh al-Izza');
    expect(hits.find((h) => h.id === ids['other-spelling.txt'])!.snippet).toContain('Jaysh al-Izzah');
  });

  it('gets the faction’s articles from the mentions, cut in SQL, not from the fielded index', () => {
    const lists = core.search.rankedLists('Jaysh al-Izzah', 100);
    expect(lists.factions).toHaveLength(100);
    expect(lists.factions[0]).toBe(ids['most-mentions.txt']);
    // Only the title names it; the 2,000 bodies that do are not in the fielded index.
    expect(lists.fields).toEqual([ids['titled.txt']]);
    // FTS5 requires every word: only the article that spelled it this way.
    expect(lists.fullText).toEqual([ids['other-spelling.txt']]);
    expect(lists.correctedFactions).toEqual([]);
    // "al" is in half the titles of such a library; the fielded search leaves it out.
    expect(core.search.rankedLists('al', 100).fields).toEqual([]);
  });

  it('finds a misspelt faction through the gazetteer, not through the articles', () => {
    // The faction engine folds many spellings itself ("Izzah", "Izzza", "Uzza"); not this one.
    const lists = core.search.rankedLists('Jaysh al-Izzat', 100);
    expect(lists.factions).toEqual([]);
    expect(lists.correctedFactions[0]).toBe(ids['most-mentions.txt']);
    expect(lists.correctedFactions).toHaveLength(100);
  });
});
