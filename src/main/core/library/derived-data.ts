// Mentions, the full-text index rows and the similarity signature are derived from the stored articles
// and the gazetteer. They are written in the same transaction as the article and can be rebuilt for
// the whole library at any time. Matching is pure and may run in an extraction worker; writing is here.
import { findUnknownGroups, type FactionMatch, type FactionMatcher, type UnknownGroupCandidate } from '../factions';
import { statement, type Db } from '../store/database';
import { getArticle, allArticleIds } from '../store/articles';
import { listComments } from '../store/comments';
import { replaceArticleMentions, type StoredMention } from '../store/mentions';
import { indexArticleText } from '../store/full-text';
import { withoutRejected } from '../store/faction-edits';
import { deleteSuggestionOccurrencesOfArticle, deleteSuggestionOccurrencesOverlapping, recordSuggestionOccurrences } from '../store/faction-suggestions';
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
  /** Inserted in this transaction: it has no derived rows yet, so none are looked for or deleted. */
  isNew?: boolean;
}

/**
 * What the caller knows of the article's stored derived data: `new` for an article inserted just now
 * (nothing to read or replace: importing skips those statements), its digest when already read (a
 * re-match reads them in bulk), or nothing (read here).
 */
export type StoredDerived = 'new' | { digest: string | null } | undefined;

/** Stores what the matcher found in one article. */
export function writeMentions(db: Db, knownIds: Set<string>, articleId: number, matches: ArticleMatches, commentIds: number[], stored: StoredDerived = undefined): void {
  const isNew = stored === 'new';
  // Most articles come out of a re-match after an edit exactly as they were: leaving their rows alone keeps
  // a library-wide re-tag to the few that changed (and their mention ids stable for an open reader).
  const digest = matchesDigest(knownIds, matches, commentIds);
  const storedDigest = isNew
    ? null
    : stored
      ? stored.digest
      : ((statement(db, `SELECT matches_digest AS digest FROM articles WHERE id = ?`).get(articleId) as { digest: string | null } | undefined)?.digest ?? null);
  if (storedDigest !== digest) {
    // Numbered in the matcher's order before any is left out, so a mention keeps its id (see mentionId).
    let seq = 0;
    const mentions: StoredMention[] = [];
    for (const match of matches.body) {
      if (knownIds.has(match.entityId)) mentions.push({ seq: seq++, factionId: match.entityId, commentPosition: -1, start: match.start, end: match.end, surface: match.surface });
    }
    matches.comments.forEach((list, position) => {
      for (const match of list) {
        if (knownIds.has(match.entityId)) mentions.push({ seq: seq++, factionId: match.entityId, commentPosition: position, start: match.start, end: match.end, surface: match.surface });
      }
    });
    // Mentions the analyst marked "not this faction" stay gone, whatever the matcher finds.
    const kept = isNew ? mentions : withoutRejected(db, articleId, mentions);
    replaceArticleMentions(db, articleId, kept, { replacing: !isNew });
    statement(db, `UPDATE articles SET matches_digest = ? WHERE id = ?`).run(digest, articleId);
    // Names an edit made known are no longer unknown groups (only an article whose mentions changed has any).
    if (!matches.unknownGroups) dropSuggestionOccurrencesNowKnown(db, articleId, kept);
  }
  if (matches.unknownGroups) writeSuggestionOccurrences(db, articleId, matches.unknownGroups, isNew);
}

/**
 * What the matcher found (the mentions of known entries, in the matcher's fixed order), as a short
 * fingerprint: two 32-bit multiplicative hashes over every mention's place, entry and words, and the
 * count. Computed for every article of every re-match, so it builds no strings and no objects.
 */
function matchesDigest(knownIds: Set<string>, matches: ArticleMatches, commentIds: number[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let count = 0;
  const mixNumber = (n: number): void => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995) ^ (b >>> 15);
  };
  const mixText = (text: string): void => {
    for (let i = 0; i < text.length; i++) mixNumber(text.charCodeAt(i));
    mixNumber(0x10000 + text.length);
  };
  const mixMatch = (match: FactionMatch, location: number): void => {
    if (!knownIds.has(match.entityId)) return;
    count++;
    mixNumber(location);
    mixNumber(match.start);
    mixNumber(match.end);
    mixText(match.entityId);
    mixText(match.surface);
  };
  for (const match of matches.body) mixMatch(match, -1);
  matches.comments.forEach((list, index) => {
    for (const match of list) mixMatch(match, commentIds[index]);
  });
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${count}`;
}

/**
 * After an edit the text is the same, so the unknown names in it are too, except those the edit made
 * known (an accepted suggestion, a new alias): their occurrences go, and the open list shrinks by itself.
 */
function dropSuggestionOccurrencesNowKnown(db: Db, articleId: number, mentions: readonly StoredMention[]): void {
  const spans = mentions.filter((m) => m.commentPosition < 0).map((m) => [m.start, m.end] as const);
  if (spans.length) deleteSuggestionOccurrencesOverlapping(db, articleId, spans);
}

/** Replaces the article's unknown-group occurrences (its text is new, or newly cleaned). */
function writeSuggestionOccurrences(db: Db, articleId: number, found: UnknownGroupCandidate[], isNew: boolean): void {
  if (!isNew) deleteSuggestionOccurrencesOfArticle(db, articleId);
  if (found.length === 0) return;
  recordSuggestionOccurrences(
    db,
    found.map((c) => ({ name: c.name, normalised: c.normalised, articleId, start: c.start, end: c.end, sentence: c.context })),
    new Date().toISOString(),
  );
}

export function writeSearchRow(db: Db, articleId: number, title: string, subtitle: string | null, body: string, isNew = false): void {
  indexArticleText(
    db,
    articleId,
    {
      title: normaliseSearchText(title),
      subtitle: normaliseSearchText(subtitle ?? ''),
      body: normaliseSearchText(body),
    },
    { replacing: !isNew },
  );
}

export function writeDerivedData(db: Db, matcher: FactionMatcher, knownIds: Set<string>, input: DerivedInput, matches?: ArticleMatches): void {
  const found = matches ?? computeMatches(matcher, input.body, input.comments.map((c) => c.text));
  writeMentions(db, knownIds, input.articleId, found, input.comments.map((c) => c.id), input.isNew ? 'new' : undefined);
  writeSearchRow(db, input.articleId, input.title, input.subtitle, input.body, input.isNew);
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

/** An article as a re-match needs it: its text, its comments, and the digest of what was found last time. */
export interface RematchRow {
  id: number;
  body: string;
  digest: string | null;
  comments: { id: number; text: string }[];
}

/** The articles with ids in [fromId, toId], read in two queries (a re-match reads every article). */
export function loadForRematch(db: Db, fromId: number, toId: number): RematchRow[] {
  const rows = statement(db, `SELECT id, body, matches_digest AS digest FROM articles WHERE id BETWEEN ? AND ? ORDER BY id`).all(fromId, toId) as Omit<RematchRow, 'comments'>[];
  const comments = statement(db, `SELECT article_id AS articleId, id, text FROM comments WHERE article_id BETWEEN ? AND ? ORDER BY article_id, position`).all(fromId, toId) as {
    articleId: number;
    id: number;
    text: string;
  }[];
  const byArticle = new Map<number, { id: number; text: string }[]>();
  for (const c of comments) {
    const list = byArticle.get(c.articleId) ?? [];
    list.push({ id: c.id, text: c.text });
    byArticle.set(c.articleId, list);
  }
  return rows.map((r) => ({ ...r, comments: byArticle.get(r.id) ?? [] }));
}

/**
 * Matches these articles again and stores what changed: what a gazetteer edit needs, since the text (so
 * the search index, and the unknown names in it) is unchanged. Call inside a transaction.
 */
export function rematchArticles(db: Db, matcher: FactionMatcher, knownIds: Set<string>, rows: RematchRow[]): void {
  for (const row of rows) {
    const matches = computeMatches(matcher, row.body, row.comments.map((c) => c.text), { unknownGroups: false });
    writeMentions(db, knownIds, row.id, matches, row.comments.map((c) => c.id), { digest: row.digest });
  }
}

const REMATCH_BATCH = 2000;

/** Re-derives the mentions of the whole library in one transaction (at start-up, after a new shipped gazetteer). */
export function rematchLibrary(db: Db, matcher: FactionMatcher, knownIds: Set<string>): number {
  const bounds = statement(db, `SELECT min(id) AS first, max(id) AS last, count(*) AS n FROM articles`).get() as { first: number | null; last: number | null; n: number };
  if (bounds.first === null || bounds.last === null) return 0;
  const { first, last } = bounds;
  db.transaction(() => {
    // A few thousand bodies in memory at a time, however large the library.
    for (let from = first; from <= last; from += REMATCH_BATCH) rematchArticles(db, matcher, knownIds, loadForRematch(db, from, Math.min(last, from + REMATCH_BATCH - 1)));
  })();
  return bounds.n;
}
