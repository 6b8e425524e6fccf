import { describe, expect, it } from 'vitest';
import { buildRuns, findTermRanges, marksInRange, type Run } from '../../../src/renderer/src/lib/highlight';
import { groupRunsByHighlight, highlightsInRange, type RunGroup } from '../../../src/renderer/src/lib/user-highlights';

const text = (runs: Run[]): string => runs.map((r) => (r.kind === 'text' ? r.text : r.pieces.map((p) => p.text).join(''))).join('');
const describeGroups = (groups: RunGroup[]) => groups.map((g) => [g.highlight?.highlightId ?? null, text(g.runs)]);

describe('highlightsInRange', () => {
  const hl = (id: number, start: number | null, end: number | null) => ({ id, start, end, color: 'yellow' as const, comment: null });
  it('clips highlights to the paragraph, skips orphaned ones, and gives an overlap to the earlier highlight', () => {
    const spans = highlightsInRange([hl(1, 5, 30), hl(2, 20, 40), hl(3, null, null), hl(4, 100, 120)], 10, 50);
    expect(spans.map((s) => [s.highlightId, s.start, s.end])).toEqual([
      [1, 0, 20],
      [2, 20, 30],
    ]);
  });
});

describe('groupRunsByHighlight', () => {
  const paragraph = 'Fighters of Jabhat al-Nusra took three checkpoints outside Idlib on Thursday.';
  const nusra = paragraph.indexOf('Jabhat al-Nusra');
  const mentions = [{ id: 7, entityId: 'al-nusra-front', start: nusra, end: nusra + 'Jabhat al-Nusra'.length }];
  const runs = buildRuns(paragraph, marksInRange(mentions, 0, paragraph.length), findTermRanges(paragraph, ['checkpoints']));
  const span = (id: number, start: number, end: number) => ({ highlightId: id, color: 'yellow' as const, hasComment: false, start, end });

  it('cuts plain text exactly at the highlight edges and keeps every character in order', () => {
    const start = paragraph.indexOf('took');
    const end = paragraph.indexOf(' outside');
    const groups = groupRunsByHighlight(runs, [span(1, start, end)]);
    expect(describeGroups(groups)).toEqual([
      [null, 'Fighters of Jabhat al-Nusra '],
      [1, 'took three checkpoints'],
      [null, ' outside Idlib on Thursday.'],
    ]);
    // The search hit inside the highlight is still a hit.
    expect(groups[1].runs.some((r) => r.kind === 'text' && r.hit && r.text === 'checkpoints')).toBe(true);
  });

  it('never cuts a faction mention: one starting inside a highlight goes into it whole, so does one a highlight starts in', () => {
    const across = groupRunsByHighlight(runs, [span(1, 0, nusra + 6)]); // ends inside "Jabhat al-Nusra"
    expect(describeGroups(across)).toEqual([
      [1, 'Fighters of Jabhat al-Nusra'],
      [null, ' took three checkpoints outside Idlib on Thursday.'],
    ]);
    const startsInside = groupRunsByHighlight(runs, [span(2, nusra + 7, paragraph.indexOf(' three'))]);
    expect(describeGroups(startsInside)).toEqual([
      [null, 'Fighters of '],
      [2, 'Jabhat al-Nusra took'],
      [null, ' three checkpoints outside Idlib on Thursday.'],
    ]);
    // Still exactly one mark for the mention, whatever the highlights.
    const marks = [...across, ...startsInside].flatMap((g) => g.runs).filter((r) => r.kind === 'mention');
    expect(marks).toHaveLength(2);
  });

  it('without highlights gives one group holding the runs as they were', () => {
    expect(groupRunsByHighlight(runs, [])).toEqual([{ highlight: null, runs }]);
  });
});
