import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, QuoteAnchorer, quoteAt, splitsCharacter, trimRange, type StoredQuote } from '../../../src/main/core/highlights/text-quote';

const BODY = [
  'MANBIJ, Syria — Fighters of the Syrian Democratic Forces (SDF) exchanged fire with Turkish-backed rebels on Monday.',
  'The SDF, whose backbone is the Kurdish YPG, said it had repelled an attack by factions of the Free Syrian Army.',
  'Turkey has threatened to push east towards Manbij, where US troops are deployed alongside the SDF.',
].join('\n\n');

/** What the store keeps when the reader highlights [start, end) of a body. */
function stored(body: string, words: string, occurrence = 0): StoredQuote {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in body`);
  return { start, end: start + words.length, ...quoteAt(body, start, start + words.length) };
}

function anchoredText(body: string, quote: StoredQuote): string | null {
  const anchor = new QuoteAnchorer(body).anchor(quote);
  return anchor ? body.slice(anchor.start, anchor.end) : null;
}

describe('text quote selectors', () => {
  it('keep the exact words with up to 32 characters either side', () => {
    const q = stored(BODY, 'Turkish-backed rebels');
    expect(q.quote).toBe('Turkish-backed rebels');
    expect(q.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(q.prefix.endsWith('exchanged fire with ')).toBe(true);
    expect(q.suffix.startsWith(' on Monday.')).toBe(true);
    expect(quoteAt('abc', 0, 3)).toEqual({ quote: 'abc', prefix: '', suffix: '' });
  });

  it('never cut a character in two at the edges of the context', () => {
    const body = '😀' + 'x'.repeat(CONTEXT_LENGTH - 1) + 'word' + 'y'.repeat(CONTEXT_LENGTH - 1) + '😀';
    const start = body.indexOf('word');
    const q = quoteAt(body, start, start + 4);
    expect(q.prefix.startsWith('😀')).toBe(true);
    expect(q.suffix.endsWith('😀')).toBe(true);
    expect(splitsCharacter('a😀b', 2)).toBe(true);
    expect(splitsCharacter('a😀b', 1)).toBe(false);
  });

  it('trim a selection to its words', () => {
    expect(trimRange('  two words \n', 0, 13)).toEqual({ start: 2, end: 11 });
    expect(trimRange(' \n\t ', 0, 4)).toBeNull();
  });
});

describe('re-anchoring a highlight on a changed body', () => {
  it('keeps the same offsets when the body did not change', () => {
    const q = stored(BODY, 'Kurdish YPG');
    expect(new QuoteAnchorer(BODY).anchor(q)).toMatchObject({ start: q.start, end: q.end, quote: 'Kurdish YPG', prefix: q.prefix, suffix: q.suffix });
  });

  it('follows the words when text before them is removed or added', () => {
    const old = 'Skip to content\nAdvertisement\n\n' + BODY + '\n\nShare this article';
    const q = stored(old, 'Kurdish YPG');
    const anchor = new QuoteAnchorer(BODY).anchor(q)!;
    expect(anchor.start).toBe(BODY.indexOf('Kurdish YPG'));
    expect(BODY.slice(anchor.start, anchor.end)).toBe('Kurdish YPG');
    const longer = 'Editor’s note: updated.\n\n' + BODY;
    expect(anchoredText(longer, stored(BODY, 'Kurdish YPG'))).toBe('Kurdish YPG');
  });

  it('picks the occurrence whose surrounding text matches, not the first or the nearest', () => {
    // "SDF" appears three times; the reader marked the second ("The SDF, whose backbone…").
    const q = stored(BODY, 'SDF', 1);
    expect(q.suffix.startsWith(', whose backbone')).toBe(true);
    const shifted = 'Furniture line that an older cleaner kept.\n\n' + BODY;
    const anchor = new QuoteAnchorer(shifted).anchor(q)!;
    expect(anchor.start).toBe(shifted.indexOf('SDF, whose backbone'));
  });

  it('breaks a tie between equally good places by nearness to the old position', () => {
    const body = 'alpha beta. alpha beta. alpha beta.';
    const second: StoredQuote = { start: 12, end: 17, quote: 'alpha', prefix: 'beta. ', suffix: ' beta.' };
    const third: StoredQuote = { ...second, start: 24, end: 29 };
    // One character in front: the second and third "alpha" have the same context, the first does not.
    expect(new QuoteAnchorer('x' + body).anchor(second)).toMatchObject({ start: 13, end: 18 });
    expect(new QuoteAnchorer('x' + body).anchor(third)).toMatchObject({ start: 25, end: 30 });
  });

  it('finds the words again when white space, quotes, dashes or case changed', () => {
    const old = 'He said the “Army of Conquest” took\nIdlib — all of it — in March 2015.';
    const q = stored(old, 'Army of Conquest” took\nIdlib — all');
    const reflowed = 'He said the "Army of Conquest" took Idlib - all of it - in March 2015.';
    const anchor = new QuoteAnchorer(reflowed).anchor(q)!;
    expect(anchor).not.toBeNull();
    expect(reflowed.slice(anchor.start, anchor.end)).toBe('Army of Conquest" took Idlib - all');
    // The stored quote follows the body, so it still reads exactly what is highlighted.
    expect(anchor.quote).toBe('Army of Conquest" took Idlib - all');
  });

  it('finds Arabic words again when the new body drops their diacritics or tatweel', () => {
    const old = 'قالت مصادر إن هيئةُ تحرير الشام سيطرت على المدينة بعد معارك عنيفة';
    const q = stored(old, 'هيئةُ تحرير الشام');
    const plain = 'قالت مصادر إن هيئة تحرير الشـام سيطرت على المدينة بعد معارك عنيفة';
    expect(anchoredText(plain, q)).toBe('هيئة تحرير الشـام');
  });

  it('gives up (orphaned) when the words are gone', () => {
    const old = BODY + '\n\nRelated: Turkey threatens Manbij';
    expect(new QuoteAnchorer(BODY).anchor(stored(old, 'Related: Turkey threatens Manbij'))).toBeNull();
  });

  it('does not pin a short highlight to the same word elsewhere once its sentence is gone', () => {
    const old = BODY + '\n\nCorrection: an earlier version misnamed the SDF commander.';
    const q = stored(old, 'SDF', 3);
    expect(q.prefix.endsWith('misnamed the ')).toBe(true);
    expect(new QuoteAnchorer(BODY).anchor(q)).toBeNull();
  });

  it('trusts a long quote even when everything around it changed', () => {
    const sentence = 'said it had repelled an attack by factions of the Free Syrian Army';
    const q = stored(BODY, sentence);
    const rewritten = `Completely new opening. A spokesman ${sentence}, and nothing else is the same.`;
    expect(anchoredText(rewritten, q)).toBe(sentence);
  });

  it('anchors a previously orphaned highlight again when its words come back', () => {
    const q = stored(BODY, 'Kurdish YPG');
    const without = BODY.replace('Kurdish YPG', 'Kurdish militia');
    expect(new QuoteAnchorer(without).anchor(q)).toBeNull();
    expect(anchoredText(BODY, q)).toBe('Kurdish YPG');
  });
});
