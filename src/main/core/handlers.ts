// The implementation of the API table for every core method. Handlers get parsed, validated input
// (the boundary did that) and return plain data; errors a person should read are ApiErrors.
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiHandlers, type CoreMethodName } from '../../shared/api';
import type { ArticleDetail, ArticleFaction, ArticleSummary, FactionChip, FactionDetail, FactionSummary } from '../../shared/model';
import type { CoreEventListener } from './context';
import { lineageHint, type FactionMatcher, type Gazetteer } from './factions';
import { importContentsBatch, importPathsBatch } from './library/import-batch';
import type { IngestContext } from './library/ingest-file';
import type { SearchService } from './search/search-service';
import type { Db } from './store/database';
import * as articles from './store/articles';
import { listComments } from './store/comments';
import { aliasesOf, getFactionRow, lineageOf, listFactionRows, type FactionRow } from './store/factions';
import { bodyFactionCounts, libraryFactionCounts, listMentions } from './store/mentions';
import * as notes from './store/notes';
import * as tags from './store/tags';

export type CoreHandlers = ApiHandlers<CoreMethodName>;

export interface HandlerDeps {
  db: Db;
  gazetteer: Gazetteer;
  matcher: FactionMatcher;
  search: SearchService;
  ingest: IngestContext;
  emit: CoreEventListener;
  now: () => Date;
}

export function createHandlers(deps: HandlerDeps): CoreHandlers {
  const { db, gazetteer, search, ingest, emit } = deps;
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
    async listArticles(input) {
      const rows = articles.listArticles(db, input);
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
            lineageHint: lineageHint(gazetteer, faction.id),
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
      const report = await importPathsBatch(ingest, paths, randomUUID(), (progress) => emit('importProgress', progress));
      afterImport('import');
      return report;
    },

    async importContents({ files }) {
      const decoded = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') }));
      const report = await importContentsBatch(ingest, decoded, randomUUID(), (progress) => emit('importProgress', progress));
      afterImport('import');
      return report;
    },

    async addTag({ articleId, tag }) {
      requireArticle(articleId);
      tags.addTag(db, articleId, tag, deps.now().toISOString());
      search.invalidate();
      return tags.tagsOfArticle(db, articleId);
    },

    async removeTag({ articleId, tag }) {
      requireArticle(articleId);
      tags.removeTag(db, articleId, tag);
      search.invalidate();
      return tags.tagsOfArticle(db, articleId);
    },

    async listTags() {
      return tags.listTagCounts(db);
    },

    async saveNote({ articleId, text }) {
      requireArticle(articleId);
      const savedAt = deps.now().toISOString();
      notes.saveNote(db, articleId, text, savedAt);
      search.invalidate();
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
      lineageHint: lineageHint(gazetteer, faction.id),
    };
  }
}
