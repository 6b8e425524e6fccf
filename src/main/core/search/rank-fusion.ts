/**
 * Reciprocal rank fusion: each ranked list gives an item 1/(k + rank). Scores from bm25 and lunr are
 * on different scales, ranks are not, so fusing ranks needs no calibration. k = 60 is the usual choice.
 */
export function reciprocalRankFusion(lists: number[][], k = 60, weights?: number[]): Map<number, number> {
  const scores = new Map<number, number>();
  lists.forEach((list, listIndex) => {
    const weight = weights?.[listIndex] ?? 1;
    list.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1));
    });
  });
  return scores;
}
