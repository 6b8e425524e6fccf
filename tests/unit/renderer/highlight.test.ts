import { describe, expect, it } from 'vitest';
import {
  bodyMarksByEntity,
  buildRuns,
  cleanTerm,
  findTermRanges,
  marksInRange,
  splitParagraphs,
} from '../../../src/renderer/src/lib/highlight';

describe('splitParagraphs', () => {
  it('keeps offsets into the whole text and drops blank paragraphs', () => {
    const body = 'First one.\n\nSecond\nline.\n\n\n\nThird.';
    const ps = splitParagraphs(body);
    expect(ps.map((p) => p.text)).toEqual(['First one.', 'Second\nline.', 'Third.']);
    for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('marksInRange', () => {
  const mentions = [
    { id: 1, entityId: 'a', start: 0, end: 5 },
    { id: 2, entityId: 'b', start: 2, end: 4 }, // overlaps 1: left out
    { id: 3, entityId: 'c', start: 10, end: 14 },
    { id: 4, entityId: 'd', start: 20, end: 30 }, // starts outside the range
  ];
  it('shifts to range coordinates, skips overlaps and mentions starting elsewhere', () => {
    expect(marksInRange(mentions, 0, 15).map((m) => [m.mentionId, m.start, m.end])).toEqual([
      [1, 0, 5],
      [3, 10, 14],
    ]);
    expect(marksInRange(mentions, 8, 25).map((m) => [m.mentionId, m.start, m.end])).toEqual([
      [3, 2, 6],
      [4, 12, 17],
    ]);
  });
});

describe('findTermRanges', () => {
  it('matches case-insensitively at word starts for Latin terms', () => {
    const text = 'The Nusra Front and al-Nusra; unusual.';
    const ranges = findTermRanges(text, ['nusra']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Nusra', 'Nusra']);
  });
  it('treats stems as prefixes and apostrophes as equivalent', () => {
    const text = 'Fighters of Hay’at Tahrir al-Sham';
    const ranges = findTermRanges(text, ['fight', "hay'at"]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Fight', 'Hay’at']);
  });
  it('matches Arabic anywhere in the word (attached articles)', () => {
    const text = 'سيطرت هيئة تحرير الشام على النصرة';
    const ranges = findTermRanges(text, ['نصرة']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['نصرة']);
  });
  it('merges overlapping matches and ignores operators', () => {
    expect(cleanTerm('+title:nusra*')).toBe('nusra');
    const text = 'nusra front';
    expect(findTermRanges(text, ['nusra front', 'front'])).toEqual([{ start: 0, end: 11 }]);
    expect(findTermRanges(text, ['', 'a', '(('])).toEqual([]);
  });
});

describe('buildRuns', () => {
  it('nests search hits inside mentions and keeps every character once', () => {
    const text = 'Jabhat al-Nusra fought ISIS near Idlib.';
    const marks = marksInRange(
      [
        { id: 7, entityId: 'nusra', start: 0, end: 15 },
        { id: 8, entityId: 'is', start: 23, end: 27 },
      ],
      0,
      text.length,
    );
    const runs = buildRuns(text, marks, findTermRanges(text, ['nusra', 'idlib']));
    const flat = runs
      .map((r) => (r.kind === 'text' ? r.text : r.pieces.map((p) => p.text).join('')))
      .join('');
    expect(flat).toBe(text);
    const mention = runs.find((r) => r.kind === 'mention' && r.mark.mentionId === 7);
    expect(mention && mention.kind === 'mention' ? mention.pieces : []).toEqual([
      { text: 'Jabhat al-', hit: false },
      { text: 'Nusra', hit: true },
    ]);
    expect(runs.filter((r) => r.kind === 'text' && r.hit).map((r) => (r.kind === 'text' ? r.text : ''))).toEqual(['Idlib']);
  });
});

describe('bodyMarksByEntity', () => {
  it('lists body marks per entity in reading order, ignoring comments', () => {
    const body = 'HTS here.\n\nAnd HTS there.';
    const map = bodyMarksByEntity(body, [
      { id: 2, entityId: 'hts', start: 15, end: 18, location: 'body' },
      { id: 1, entityId: 'hts', start: 0, end: 3, location: 'body' },
      { id: 3, entityId: 'hts', start: 0, end: 3, location: 'comment' },
    ]);
    expect(map.get('hts')).toEqual([1, 2]);
  });
});
