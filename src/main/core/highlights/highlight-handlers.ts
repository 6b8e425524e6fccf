// The highlights side of the API: the reader marks passages of a body, colours them and writes a short
// comment on each. Highlights are the reader's data: they outlive re-cleans (see reanchor.ts) and go only
// with their article.
import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { HandlerDeps } from '../handlers';
import { getArticle } from '../store/articles';
import * as highlights from '../store/highlights';
import { quoteAt, splitsCharacter, trimRange } from './text-quote';

type HighlightMethods = 'addHighlight' | 'updateHighlight' | 'removeHighlight' | 'listHighlights';

export function createHighlightHandlers(deps: Pick<HandlerDeps, 'db' | 'search' | 'now'>): Pick<ApiHandlers, HighlightMethods> {
  const { db, search } = deps;

  const requireHighlight = (id: number): highlights.HighlightRow => {
    const row = highlights.getHighlight(db, id);
    if (!row) throw new ApiError('not-found', `There is no highlight ${id} in this library; it may have been removed.`);
    return row;
  };

  return {
    async addHighlight({ articleId, start, end, color, comment }) {
      const article = getArticle(db, articleId);
      if (!article) throw new ApiError('not-found', `There is no article ${articleId} in this library.`);
      const body = article.body;
      // The boundary checks these too; handlers are also called directly (CLI, tests), so they hold here.
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
        throw new ApiError('invalid-input', 'A highlight must end after it starts: select at least one character.');
      }
      if (end > body.length) {
        throw new ApiError('invalid-input', `That selection runs past the end of the article (its text is ${body.length} characters long); reload the article and select again.`);
      }
      if (splitsCharacter(body, start) || splitsCharacter(body, end)) {
        throw new ApiError('invalid-input', 'That selection cuts a character in two; select whole characters.');
      }
      const range = trimRange(body, start, end);
      if (!range) throw new ApiError('invalid-input', 'That selection holds only white space; select some words to highlight.');
      const createdAt = deps.now().toISOString();
      const id = highlights.insertHighlight(db, {
        articleId,
        ...range,
        ...quoteAt(body, range.start, range.end),
        color: color ?? 'yellow',
        comment: cleanComment(comment),
        createdAt,
      });
      search.invalidateReaderFields();
      return highlights.toHighlight(requireHighlight(id));
    },

    async updateHighlight({ id, color, comment }) {
      requireHighlight(id);
      if (color !== undefined || comment !== undefined) {
        highlights.updateHighlightStyle(db, id, { color, comment: comment === undefined ? undefined : cleanComment(comment) }, deps.now().toISOString());
        if (comment !== undefined) search.invalidateReaderFields();
      }
      return highlights.toHighlight(requireHighlight(id));
    },

    async removeHighlight({ id }) {
      const removed = highlights.deleteHighlight(db, id);
      if (removed) search.invalidateReaderFields();
      return { removed };
    },

    async listHighlights({ articleId }) {
      if (articleId !== undefined && !getArticle(db, articleId)) throw new ApiError('not-found', `There is no article ${articleId} in this library.`);
      return highlights.listLibraryHighlights(db, articleId ?? null).map(highlights.toLibraryHighlight);
    },
  };
}

/** A comment of nothing but white space is no comment. */
function cleanComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim();
  return trimmed ? trimmed : null;
}
