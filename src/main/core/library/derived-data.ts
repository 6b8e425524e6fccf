// Mentions and the full-text index are derived from the stored articles and the gazetteer. They are
// written in the same transaction as the article and can be rebuilt for the whole library at any time.
import type { FactionMatcher } from '../factions';
import type { Db } from '../store/database';
import { getArticle, allArticleIds } from '../store/articles';
import { listComments } from '../store/comments';
import { deleteMentionsOfArticle, insertMentions, type NewMention } from '../store/mentions';
import { indexArticleText } from '../store/full-text';
import { normaliseSearchText } from '../search/normalise-search-text';

export interface DerivedInput {
  articleId: number;
  title: string;
  subtitle: string | null;
  body: string;
  comments: { id: number; text: string }[];
}

export function writeDerivedData(db: Db, matcher: FactionMatcher, knownIds: Set<string>, input: DerivedInput): void {
  const mentions: NewMention[] = [];
  for (const match of matcher.match(input.body)) {
    if (!knownIds.has(match.entityId)) continue;
    mentions.push({ articleId: input.articleId, factionId: match.entityId, location: 'body', commentId: null, ...spanOf(match) });
  }
  for (const comment of input.comments) {
    for (const match of matcher.match(comment.text)) {
      if (!knownIds.has(match.entityId)) continue;
      mentions.push({
        articleId: input.articleId,
        factionId: match.entityId,
        location: 'comment',
        commentId: comment.id,
        ...spanOf(match),
      });
    }
  }
  deleteMentionsOfArticle(db, input.articleId);
  insertMentions(db, mentions);
  indexArticleText(db, input.articleId, {
    title: normaliseSearchText(input.title),
    subtitle: normaliseSearchText(input.subtitle ?? ''),
    body: normaliseSearchText(input.body),
  });
}

function spanOf(match: { start: number; end: number; surface: string }): { start: number; end: number; surface: string } {
  return { start: match.start, end: match.end, surface: match.surface };
}

/** Re-derives mentions and index rows for every article, in one transaction. */
export function rebuildDerivedData(db: Db, matcher: FactionMatcher, knownIds: Set<string>): number {
  const ids = allArticleIds(db);
  db.transaction(() => {
    for (const id of ids) {
      const article = getArticle(db, id);
      if (!article) continue;
      writeDerivedData(db, matcher, knownIds, {
        articleId: id,
        title: article.title,
        subtitle: article.subtitle,
        body: article.body,
        comments: listComments(db, id).map((c) => ({ id: c.id, text: c.text })),
      });
    }
  })();
  return ids.length;
}
