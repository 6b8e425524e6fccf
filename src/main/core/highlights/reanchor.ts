// Keeps the reader's highlights on their words when an article's body is rewritten. Called by whatever
// replaces a body, inside the same transaction, so a body is never stored with highlights pointing at
// text it no longer has.
import type { Db } from '../store/database';
import { anchorHighlight, highlightsOfArticle, orphanHighlight } from '../store/highlights';
import { QuoteAnchorer } from './text-quote';

export interface ReanchorOutcome {
  anchored: number;
  orphaned: number;
}

export function reanchorHighlights(db: Db, articleId: number, body: string): ReanchorOutcome {
  const outcome: ReanchorOutcome = { anchored: 0, orphaned: 0 };
  const highlights = highlightsOfArticle(db, articleId);
  if (!highlights.length) return outcome;
  const anchorer = new QuoteAnchorer(body);
  for (const highlight of highlights) {
    const anchor = anchorer.anchor(highlight);
    if (anchor) {
      anchorHighlight(db, highlight.id, anchor);
      outcome.anchored++;
    } else {
      // Never deleted: the quote stays so the reader can still see what they marked.
      orphanHighlight(db, highlight.id);
      outcome.orphaned++;
    }
  }
  return outcome;
}
