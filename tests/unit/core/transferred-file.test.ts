import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';
import { prepareFile, type PreparedFile } from '../../../src/main/core/library/prepare-file';
import { packPreparedFile, unpackPreparedFile } from '../../../src/main/core/library/transferred-file';
import { FIXTURES_DIR } from '../../helpers/temp-library';

const matcher = createMatcher(loadGazetteer());
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Across threads as postMessage takes it: a structured clone (v8's serializer). */
function acrossThreads(file: PreparedFile): PreparedFile {
  return unpackPreparedFile(deserialize(serialize(packPreparedFile(file))));
}

describe('a prepared file as it crosses to the library thread', () => {
  it('arrives as prepared: matches in body and comments, surfaces, unknown groups, signature', async () => {
    // Reader comments naming factions, unknown groups, Arabic, and a bench article (about 45 matches).
    const texts = ['blog-comments.txt', 'comments-reply-like.txt', 'arabic-comments.txt', 'forum-thread.txt'].map((name) => readFileSync(path.join(FIXTURES_DIR, 'cleaner', name), 'utf8'));
    texts.push(renderArticle(generateArticle(1, createRandom(3)), 'txt'), 'Title\n\nNothing named here at all, just 𝐀stral weather.');
    const prepared = await Promise.all(texts.map((text) => prepareFile(encode(text), 'a.txt', null, matcher)));
    for (const file of prepared) expect(acrossThreads(file)).toEqual(file);
    const articles = prepared.flatMap((file) => file.articles);
    expect(articles.some((a) => a.matches.comments.flat().length > 0)).toBe(true);
    expect(articles.some((a) => (a.matches.unknownGroups?.length ?? 0) > 0)).toBe(true);
    expect(articles.some((a) => a.matches.body.length > 30)).toBe(true);
    expect(acrossThreads(prepared[0]).articles[0].signature).toBeInstanceOf(Uint32Array);
    // A worker told to leave hashes and signatures out: they are made on arrival, the same.
    for (const [index, text] of texts.entries()) {
      const unsigned = await prepareFile(encode(text), 'a.txt', null, matcher, false);
      expect(unsigned.articles.every((a) => a.hash === null && a.signature === null)).toBe(true);
      expect(unpackPreparedFile(deserialize(serialize(packPreparedFile(unsigned))))).toEqual(prepared[index]);
    }
  });

  it('sends the matches as numbers, each entry id once', async () => {
    const prepared = await prepareFile(encode(renderArticle(generateArticle(2, createRandom(9)), 'txt')), 'b.txt', null, matcher);
    const packed = packPreparedFile(prepared).articles[0].matches;
    expect(packed.body).toBeInstanceOf(Int32Array);
    expect(packed.body.length).toBe(prepared.articles[0].matches.body.length * 3);
    expect(new Set(packed.ids).size).toBe(packed.ids.length);
    expect(packed.ids.length).toBe(new Set(prepared.articles[0].matches.body.map((m) => m.entityId)).size);
  });
});
