// Mentions, the full-text index rows and the similarity signature are derived from the stored articles
// and the gazetteer. They are written in the same transaction as the article and can be rebuilt for
// the whole library at any time. Matching is pure and may run in an extraction worker; writing is here.
import { findUnknownGroups, type FactionMatch, type FactionMatcher, type UnknownGroupCandidate } from '../factions';
import { statement, type Db } from '../store/database';
import { getArticle, allArticleIds } from '../store/articles';
import { listComments } from '../store/comments';
import { deleteMentionsOfArticle, insertMentions, type NewMention } from '../store/mentions';
import { indexArticleText } from '../store/full-text';
import { applyMentionRejections } from '../store/faction-edits';
import { deleteSuggestionOccurrencesOfArticle, recordSuggestionOccurrences } from '../store/faction-suggestions';
import { normaliseSearchText } from '../search/normalise-search-text';

export interface ArticleMatches {
  body: FactionMatch[];
  /** One list per comment, in comment order. */
  comments: FactionMatch[][];
  /**
   * Group names in the body the gazetteer lacks ("Liwa ...", "... Brigade"), offered to the analyst as
   * suggestions. Comments are left out: readers' asides are not where new factions are learnt from.
   */
  unknownGroups: UnknownGroupCandidate[];
}

export function computeMatches(matcher: FactionMatcher, body: string, comments: string[]): ArticleMatches {
  const bodyMatches = matcher.match(body);
  return { body: bodyMatches, comments: comments.map((text) => matcher.match(text)), unknownGroups: findUnknownGroups(body, bodyMatches) };
}

export interface DerivedInput {
  articleId: number;
  title: string;
  subtitle: string | null;
  body: string;
  comments: { id: number; text: string }[];
}

export function writeMentions(db: Db, knownIds: Set<string>, articleId: number, matches: ArticleMatches, commentIds: number[]): void {
  const mentions: NewMention[] = [];
  const span = (m: FactionMatch) => ({ start: m.start, end: m.end, surface: m.surface });
  for (const match of matches.body) {
    if (knownIds.has(match.entityId)) mentions.push({ articleId, factionId: match.entityId, location: 'body', commentId: null, ...span(match) });
  }
  matches.comments.forEach((list, index) => {
    for (const match of list) {
      if (knownIds.has(match.entityId)) mentions.push({ articleId, factionId: match.entityId, location: 'comment', commentId: commentIds[index], ...span(match) });
    }
  });
  deleteMentionsOfArticle(db, articleId);
  insertMentions(db, mentions);
  // Mentions the analyst marked "not this faction" stay gone, whatever the matcher finds.
  applyMentionRejections(db, articleId);
  writeSuggestionOccurrences(db, articleId, matches.unknownGroups);
}

/**
 * Replaces the article's unknown-group occurrences. After an analyst accepts a suggestion its name is
 * matched as a faction, so the next pass finds no occurrence of it and the open list shrinks by itself.
 */
function writeSuggestionOccurrences(db: Db, articleId: number, found: UnknownGroupCandidate[]): void {
  deleteSuggestionOccurrencesOfArticle(db, articleId);
  if (found.length === 0) return;
  recordSuggestionOccurrences(
    db,
    found.map((c) => ({ name: c.name, normalised: c.normalised, articleId, start: c.start, end: c.end, sentence: c.context })),
    new Date().toISOString(),
  );
}

export function writeSearchRow(db: Db, articleId: number, title: string, subtitle: string | null, body: string): void {
  indexArticleText(db, articleId, {
    title: normaliseSearchText(title),
    subtitle: normaliseSearchText(subtitle ?? ''),
    body: normaliseSearchText(body),
  });
}

export function writeDerivedData(db: Db, matcher: FactionMatcher, knownIds: Set<string>, input: DerivedInput, matches?: ArticleMatches): void {
  const found = matches ?? computeMatches(matcher, input.body, input.comments.map((c) => c.text));
  writeMentions(db, knownIds, input.articleId, found, input.comments.map((c) => c.id));
  writeSearchRow(db, input.articleId, input.title, input.subtitle, input.body);
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

/**
 * Re-derives only the mentions (the text, so the index, is unchanged), which is what a gazetteer edit
 * needs: one pass over bodies and comments, in one transaction.
 */
export function rematchLibrary(db: Db, matcher: FactionMatcher, knownIds: Set<string>): number {
  const articles = statement(db, `SELECT id, body FROM articles ORDER BY id`).all() as { id: number; body: string }[];
  const comments = statement(db, `SELECT id, article_id AS articleId, text FROM comments ORDER BY article_id, position`).all() as { id: number; articleId: number; text: string }[];
  const commentsByArticle = new Map<number, { id: number; text: string }[]>();
  for (const c of comments) {
    const list = commentsByArticle.get(c.articleId) ?? [];
    list.push(c);
    commentsByArticle.set(c.articleId, list);
  }
  db.transaction(() => {
    statement(db, `DELETE FROM mentions`).run();
    for (const article of articles) {
      const own = commentsByArticle.get(article.id) ?? [];
      const matches = computeMatches(matcher, article.body, own.map((c) => c.text));
      writeMentions(db, knownIds, article.id, matches, own.map((c) => c.id));
    }
    applyMentionRejections(db, null);
  })();
  return articles.length;
}
