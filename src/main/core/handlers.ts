// The implementation of the API table for every core method. Handlers get parsed, validated input
// (the boundary did that) and return plain data; errors a person should read are ApiErrors.
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiHandlers, type CoreMethodName } from '../../shared/api';
import type { ArticleDetail, ArticleFaction, ArticleSummary, FactionChip, FactionDetail, FactionSummary } from '../../shared/model';
import type { CoreEventListener } from './context';
import { lineageHint } from './factions';
import type { FactionEngine } from './faction-admin/faction-engine';
import type { Retagger } from './faction-admin/retagger';
import { createFactionHandlers, expandFactionFilter } from './faction-admin/faction-handlers';
import { createHighlightHandlers } from './highlights/highlight-handlers';
import { ImportJobs, pendingFromContents, pendingFromPaths, runImportBatch } from './library/import-batch';
import type { IngestContext } from './library/ingest-file';
import { recleanArticles } from './library/reclean';
import type { SearchService } from './search/search-service';
import type { Db } from './store/database';
import * as articles from './store/articles';
import { listComments } from './store/comments';
import { highlightsOfArticle, toHighlight } from './store/highlights';
import { aliasesOf, getFactionRow, lineageOf, listFactionRows, type FactionRow } from './store/factions';
import { bodyFactionCounts, libraryFactionCounts, listMentions } from './store/mentions';
import * as nearDuplicates from './store/near-duplicates';
import * as notes from './store/notes';
import * as tags from './store/tags';
import { getMeta, setMeta } from './store/meta';
import type { Settings } from '../../shared/model';

export type CoreHandlers = ApiHandlers<CoreMethodName>;

export interface HandlerDeps {
  db: Db;
  engine: FactionEngine;
  retagger: Retagger;
  search: SearchService;
  ingest: IngestContext;
  emit: CoreEventListener;
  now: () => Date;
  jobs: ImportJobs;
  /** Starts or stops the watched inbox; throws with a reason when the folder cannot be watched. */
  configureInbox: (folder: string | null) => void;
}

const INBOX_SETTING = 'settings.inboxFolder';

export function readSettings(db: Db): Settings {
  return { inboxFolder: getMeta(db, INBOX_SETTING) || null };
}

export function createHandlers(deps: HandlerDeps): CoreHandlers {
  const { db, engine, search, ingest, emit, jobs } = deps;
  const factionById = (): Map<string, FactionRow> => new Map(listFactionRows(db).map((f) => [f.id, f]));
  const requireArticle = (id: number): articles.ArticleRow => {
    const row = articles.getArticle(db, id);
    if (!row) throw new ApiError('not-found', `There is no article ${id} in this library.`);
    return row;
  };
  const afterImport = (reason: string): void => {
    search.invalidate();
    emit('libraryChanged', { reason });
  };

  return {
    ...createFactionHandlers(deps),
    ...createHighlightHandlers(deps),

    async listArticles(input) {
      const rows = articles.listArticles(db, expandFactionFilter(engine.gazetteer, input));
      const factions = factionById();
      const chips = new Map<number, FactionChip[]>();
      for (const count of bodyFactionCounts(db, rows.length > 2000 ? null : rows.map((r) => r.id))) {
        const faction = factions.get(count.factionId);
        if (!faction) continue;
        const list = chips.get(count.articleId) ?? [];
        list.push({ id: faction.id, name: faction.name, bloc: faction.bloc, count: count.count });
        chips.set(count.articleId, list);
      }
      const tagMap = tags.tagsByArticle(db);
      return rows.map(
        (row): ArticleSummary => ({
          id: row.id,
          title: row.title,
          outlet: row.outlet,
          date: row.publishedDate,
          dateSource: row.dateSource,
          importedAt: row.importedAt,
          factions: (chips.get(row.id) ?? []).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
          tags: tagMap.get(row.id) ?? [],
        }),
      );
    },

    async getArticle({ id }) {
      const row = requireArticle(id);
      const mentions = listMentions(db, id);
      const factions = factionById();
      const byEntity = new Map<string, ArticleFaction>();
      for (const mention of mentions) {
        if (mention.location !== 'body') continue;
        const faction = factions.get(mention.factionId);
        if (!faction) continue;
        let entry = byEntity.get(faction.id);
        if (!entry) {
          entry = {
            id: faction.id,
            name: faction.name,
            kind: faction.kind,
            bloc: faction.bloc,
            count: 0,
            forms: [],
            lineageHint: lineageHint(engine.gazetteer, faction.id),
          };
          byEntity.set(faction.id, entry);
        }
        entry.count++;
        if (!entry.forms.includes(mention.surface)) entry.forms.push(mention.surface);
      }
      const all = [...byEntity.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      const note = notes.getNote(db, id);
      const detail: ArticleDetail = {
        id: row.id,
        title: row.title,
        subtitle: row.subtitle,
        author: row.author,
        outlet: row.outlet,
        date: row.publishedDate,
        dateSource: row.dateSource,
        dateEvidence: row.dateEvidence,
        body: row.body,
        direction: row.direction,
        comments: listComments(db, id).map((c) => ({ id: c.id, author: c.author, text: c.text })),
        sourcePath: row.sourcePath,
        sourceFileId: row.sourceFileId,
        contentHash: row.contentHash,
        importedAt: row.importedAt,
        factions: all.filter((f) => f.kind !== 'person'),
        people: all.filter((f) => f.kind === 'person'),
        mentions: mentions.map((m) => ({
          id: m.id,
          entityId: m.factionId,
          start: m.start,
          end: m.end,
          surface: m.surface,
          location: m.location,
          commentId: m.commentId,
        })),
        tags: tags.tagsOfArticle(db, id),
        note: note?.text ?? '',
        noteUpdatedAt: note?.updatedAt ?? null,
        highlights: highlightsOfArticle(db, id).map(toHighlight),
        dateConfidence: row.dateConfidence,
        versions: nearDuplicates.versionsOf(db, id),
        nearDuplicates: nearDuplicates.undecidedNearDuplicatesOf(db, id),
        encoding: row.encoding,
      };
      return detail;
    },

    async listFactions() {
      const factions = factionById();
      const summaries: FactionSummary[] = [];
      for (const count of libraryFactionCounts(db)) {
        const faction = factions.get(count.factionId);
        if (!faction || faction.kind === 'person') continue;
        summaries.push({ ...summaryOf(faction), articles: count.articles, mentions: count.mentions });
      }
      return summaries.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name));
    },

    async getFaction({ id }) {
      const faction = getFactionRow(db, id);
      if (!faction) throw new ApiError('not-found', `There is no faction "${id}" in the gazetteer.`);
      const counts = libraryFactionCounts(db).find((c) => c.factionId === id);
      const detail: FactionDetail = {
        ...summaryOf(faction),
        articles: counts?.articles ?? 0,
        mentions: counts?.mentions ?? 0,
        aliases: aliasesOf(db, id),
        lineage: lineageOf(db, id).map((l) => ({ relation: l.relation, targetId: l.toId, targetName: l.toName, date: l.date })),
      };
      return detail;
    },

    async importPaths({ paths }) {
      const report = await runImportBatch(ingest, pendingFromPaths(paths), randomUUID(), jobs, (progress) => emit('importProgress', progress));
      afterImport('import');
      return report;
    },

    async importContents({ files }) {
      const decoded = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') }));
      const report = await runImportBatch(ingest, pendingFromContents(decoded), randomUUID(), jobs, (progress) => emit('importProgress', progress));
      afterImport('import');
      return report;
    },

    async cancelImport({ jobId }) {
      return { cancelled: jobs.cancel(jobId) };
    },

    async listNearDuplicates() {
      return nearDuplicates.listUndecidedNearDuplicates(db);
    },

    async resolveNearDuplicate({ articleId, otherId, decision }) {
      if (!nearDuplicates.findNearDuplicate(db, articleId, otherId)) {
        throw new ApiError('not-found', `Articles ${articleId} and ${otherId} are not marked as possibly the same.`);
      }
      const at = deps.now().toISOString();
      let removedArticleId: number | null = null;
      db.transaction(() => {
        if (decision === 'skip') {
          // The newer copy goes; its file's original bytes stay in the library.
          nearDuplicates.deleteArticle(db, articleId);
          removedArticleId = articleId;
        } else {
          nearDuplicates.decideNearDuplicate(db, articleId, otherId, decision, at);
          if (decision === 'link') nearDuplicates.linkVersions(db, articleId, otherId, at);
        }
      })();
      if (removedArticleId !== null) afterImport('near-duplicate skipped');
      return { decision, removedArticleId };
    },

    async recleanArticles({ articleIds }) {
      for (const id of articleIds ?? []) requireArticle(id);
      const report = await recleanArticles(ingest, articleIds, randomUUID(), (progress) => emit('recleanProgress', progress));
      afterImport('reclean');
      return report;
    },

    async getSettings() {
      return readSettings(db);
    },

    async updateSettings(input) {
      if (input.inboxFolder !== undefined) {
        try {
          deps.configureInbox(input.inboxFolder);
        } catch (error) {
          throw new ApiError('invalid-input', `Could not watch that folder: ${error instanceof Error ? error.message : String(error)}`);
        }
        setMeta(db, INBOX_SETTING, input.inboxFolder ?? '');
      }
      return readSettings(db);
    },

    async addTag({ articleId, tag }) {
      requireArticle(articleId);
      tags.addTag(db, articleId, tag, deps.now().toISOString());
      search.invalidateReaderFields();
      return tags.tagsOfArticle(db, articleId);
    },

    async removeTag({ articleId, tag }) {
      requireArticle(articleId);
      tags.removeTag(db, articleId, tag);
      search.invalidateReaderFields();
      return tags.tagsOfArticle(db, articleId);
    },

    async listTags() {
      return tags.listTagCounts(db);
    },

    async saveNote({ articleId, text }) {
      requireArticle(articleId);
      const savedAt = deps.now().toISOString();
      notes.saveNote(db, articleId, text, savedAt);
      search.invalidateReaderFields();
      return { savedAt };
    },

    async search({ query, limit }) {
      return search.search(query, limit ?? 50);
    },
  };

  function summaryOf(faction: FactionRow): Omit<FactionSummary, 'articles' | 'mentions'> {
    return {
      id: faction.id,
      name: faction.name,
      kind: faction.kind,
      bloc: faction.bloc,
      arabicName: faction.arabicName,
      lineageHint: lineageHint(engine.gazetteer, faction.id),
    };
  }
}
