// Re-runs cleaning on the stored original bytes, for when the cleaner has improved. Articles keep their
// ids, so tags, notes, version links and near-duplicate decisions stay attached; text, metadata,
// comments, captions and everything derived from them are replaced. Highlights point into the body, so
// they are re-anchored on the new body in the same transaction (kept, marked orphaned, if their words
// are gone). Stored and fresh articles are paired by their position in the file: if the cleaner now
// splits a file differently, the article at a position keeps its id, and its highlights, whatever text
// it gets; a highlight whose words moved to another article of the file is orphaned, not moved.
import path from 'node:path';
import type { RecleanProgress, RecleanReport } from '../../../shared/model';
import { statement, type Db } from '../store/database';
import { getSourceFileOriginal } from '../store/source-files';
import { extractFile } from './extract-file';
import { articleColumns, articleHash, storeArticle, type IngestContext } from './ingest-file';
import { writeDerivedData } from './derived-data';
import { indexSignatureAndFindSimilar } from './near-duplicates';
import { insertCaption, insertComment } from '../store/comments';
import { reanchorHighlights } from '../highlights/reanchor';

interface TargetFile {
  sourceFileId: number;
  path: string;
  format: string | null;
  articles: { id: number; position: number; contentHash: string; title: string; body: string }[];
}

function targets(db: Db, articleIds: number[] | undefined): TargetFile[] {
  const rows = (
    articleIds
      ? statement(db, 
            `SELECT a.id, a.position, a.content_hash AS contentHash, a.title, a.body, f.id AS sourceFileId, f.path, f.format
             FROM articles a JOIN source_files f ON f.id = a.source_file_id
             WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY f.id, a.position`,
          )
          .all(JSON.stringify(articleIds))
      : statement(db, 
            `SELECT a.id, a.position, a.content_hash AS contentHash, a.title, a.body, f.id AS sourceFileId, f.path, f.format
             FROM articles a JOIN source_files f ON f.id = a.source_file_id ORDER BY f.id, a.position`,
          )
          .all()
  ) as { id: number; position: number; contentHash: string; title: string; body: string; sourceFileId: number; path: string; format: string | null }[];
  const files = new Map<number, TargetFile>();
  for (const row of rows) {
    let file = files.get(row.sourceFileId);
    if (!file) {
      file = { sourceFileId: row.sourceFileId, path: row.path, format: row.format, articles: [] };
      files.set(row.sourceFileId, file);
    }
    file.articles.push({ id: row.id, position: row.position, contentHash: row.contentHash, title: row.title, body: row.body });
  }
  return [...files.values()];
}

export async function recleanArticles(
  ctx: IngestContext,
  articleIds: number[] | undefined,
  jobId: string,
  onProgress: (progress: RecleanProgress) => void,
): Promise<RecleanReport> {
  const files = targets(ctx.db, articleIds);
  const total = files.reduce((n, f) => n + f.articles.length, 0);
  const report: RecleanReport = { total, changed: 0, unchanged: 0, failed: [] };
  const progress: RecleanProgress = { jobId, total, done: 0, changed: 0, failed: 0, finished: false };
  onProgress({ ...progress });
  for (const file of files) {
    const original = getSourceFileOriginal(ctx.db, file.sourceFileId);
    try {
      if (!original) throw new Error('The original of this file is missing from the library.');
      const extracted = await extractFile(original, path.basename(file.path), null);
      ctx.db.transaction(() => {
        const now = ctx.now();
        for (const stored of file.articles) {
          const fresh = extracted.articles[stored.position];
          if (!fresh) {
            report.failed.push({ articleId: stored.id, error: 'The improved cleaner no longer finds this article in its file; it was left as it was.' });
            continue;
          }
          const hash = articleHash(fresh);
          const clash = statement(ctx.db, `SELECT id FROM articles WHERE content_hash = ? AND id <> ?`).get(hash, stored.id) as { id: number } | undefined;
          if (clash) {
            report.failed.push({ articleId: stored.id, error: `After cleaning it reads exactly like article ${clash.id}; it was left as it was.` });
            continue;
          }
          if (hash === stored.contentHash && fresh.title === stored.title) {
            report.unchanged++;
            continue;
          }
          replaceArticleText(ctx, stored.id, fresh, hash);
          report.changed++;
        }
        // Articles the improved cleaner finds that were not there before are added.
        const known = new Set(file.articles.map((a) => a.position));
        if (!articleIds) {
          extracted.articles.forEach((fresh, position) => {
            if (known.has(position)) return;
            const hash = articleHash(fresh);
            if (statement(ctx.db, `SELECT 1 FROM articles WHERE content_hash = ?`).get(hash)) return;
            const taken = statement(ctx.db, `SELECT 1 FROM articles WHERE source_file_id = ? AND position = ?`).get(file.sourceFileId, position);
            if (taken) return;
            const id = storeArticle(ctx, file.sourceFileId, position, fresh, hash, now);
            indexSignatureAndFindSimilar(ctx.db, id, fresh.body);
            report.changed++;
          });
        }
      })();
    } catch (error) {
      for (const stored of file.articles) report.failed.push({ articleId: stored.id, error: error instanceof Error ? error.message : String(error) });
    }
    progress.done += file.articles.length;
    progress.changed = report.changed;
    progress.failed = report.failed.length;
    onProgress({ ...progress });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  progress.finished = true;
  onProgress({ ...progress });
  return report;
}

function replaceArticleText(ctx: IngestContext, articleId: number, fresh: Parameters<typeof articleColumns>[0], hash: string): void {
  const columns = articleColumns(fresh, hash);
  statement(ctx.db, 
      `UPDATE articles SET title = @title, subtitle = @subtitle, author = @author, outlet = @outlet,
         published_date = @publishedDate, date_source = @dateSource, date_evidence = @dateEvidence,
         date_confidence = @dateConfidence, body = @body, language = @language, direction = @direction,
         content_hash = @contentHash
       WHERE id = @id`,
    )
    .run({ ...columns, id: articleId });
  // Comments and captions are re-read too; their mentions go with them (ON DELETE CASCADE).
  statement(ctx.db, `DELETE FROM comments WHERE article_id = ?`).run(articleId);
  statement(ctx.db, `DELETE FROM captions WHERE article_id = ?`).run(articleId);
  const comments = fresh.comments.map((comment, index) => ({ id: insertComment(ctx.db, articleId, index, comment.author, comment.text), text: comment.text }));
  fresh.captions.forEach((caption, index) => insertCaption(ctx.db, articleId, index, caption));
  writeDerivedData(ctx.db, ctx.matcher, ctx.knownEntityIds, { articleId, title: fresh.title, subtitle: fresh.subtitle, body: fresh.body, comments });
  indexSignatureAndFindSimilar(ctx.db, articleId, fresh.body);
  reanchorHighlights(ctx.db, articleId, fresh.body);
}
