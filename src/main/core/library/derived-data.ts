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
   * Null when not looked for (a re-match after an edit: the text has not changed, only what is known).
   */
  unknownGroups: UnknownGroupCandidate[] | null;
}

export function computeMatches(matcher: FactionMatcher, body: string, comments: string[], options: { unknownGroups: boolean } = { unknownGroups: true }): ArticleMatches {
  const bodyMatches = matcher.match(body);
  return {
    body: bodyMatches,
    comments: comments.map((text) => matcher.match(text)),
    unknownGroups: options.unknownGroups ? findUnknownGroups(body, bodyMatches) : null,
  };
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
  // Most articles come out of a re-match after an edit exactly as they were: leaving their rows alone keeps
  // a library-wide re-tag to the few that changed (and their mention ids stable for an open reader).
  if (!sameAsStored(db, articleId, mentions)) {
    deleteMentionsOfArticle(db, articleId);
    insertMentions(db, mentions);
    // Mentions the analyst marked "not this faction" stay gone, whatever the matcher finds.
    applyMentionRejections(db, articleId);
  }
  if (matches.unknownGroups) writeSuggestionOccurrences(db, articleId, matches.unknownGroups);
  else dropSuggestionOccurrencesNowKnown(db, articleId);
}

type MentionKey = [factionId: string, location: string, commentId: number | null, start: number, end: number, surface: string];

function compareKeys(a: MentionKey, b: MentionKey): number {
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : (a[2] ?? -1) - (b[2] ?? -1) || a[3] - b[3] || a[4] - b[4] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** True when the article's stored mentions are exactly these (as a set). */
function sameAsStored(db: Db, articleId: number, mentions: NewMention[]): boolean {
  const stored = statement(
    db,
    `SELECT faction_id, location, comment_id, start_offset, end_offset, surface FROM mentions WHERE article_id = ?
     ORDER BY location, coalesce(comment_id, -1), start_offset, end_offset, faction_id`,
  )
    .raw(true)
    .all(articleId) as MentionKey[];
  if (stored.length !== mentions.length) return false;
  const fresh = mentions.map((m): MentionKey => [m.factionId, m.location, m.commentId, m.start, m.end, m.surface]).sort(compareKeys);
  for (let i = 0; i < fresh.length; i++) {
    const a = fresh[i];
    const b = stored[i];
    if (a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2] || a[3] !== b[3] || a[4] !== b[4] || a[5] !== b[5]) return false;
  }
  return true;
}

/**
 * After an edit the text is the same, so the unknown names in it are too, except those the edit made
 * known (an accepted suggestion, a new alias): their occurrences go, and the open list shrinks by itself.
 */
function dropSuggestionOccurrencesNowKnown(db: Db, articleId: number): void {
  statement(
    db,
    `DELETE FROM suggestion_occurrences WHERE article_id = @articleId AND EXISTS (
       SELECT 1 FROM mentions m WHERE m.article_id = @articleId AND m.location = 'body'
         AND m.start_offset < suggestion_occurrences.end_offset AND m.end_offset > suggestion_occurrences.start_offset)`,
  ).run({ articleId });
}

/** Replaces the article's unknown-group occurrences (its text is new, or newly cleaned). */
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
    for (const article of articles) {
      const own = commentsByArticle.get(article.id) ?? [];
      const matches = computeMatches(matcher, article.body, own.map((c) => c.text), { unknownGroups: false });
      writeMentions(db, knownIds, article.id, matches, own.map((c) => c.id));
    }
    applyMentionRejections(db, null);
  })();
  return articles.length;
}
