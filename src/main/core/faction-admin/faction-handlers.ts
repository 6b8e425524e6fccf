// The faction side of the API: the analyst's corrections (stored apart from the shipped gazetteer and
// followed by a background re-tag), suggestions of unknown groups, and the views that use factions:
// the faction page, the co-mention network and the timeline.
import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { Bloc, FactionEditRecord, FactionPage, LibraryFilter, LineageEvent, TimelineBucket } from '../../../shared/model';
import type { Gazetteer } from '../factions';
import { lineageHint } from '../factions';
import type { HandlerDeps } from '../handlers';
import { articleFilterSql, type ArticleListFilter } from '../store/articles';
import { statement } from '../store/database';
import * as edits from '../store/faction-edits';
import * as mentionStore from '../store/mentions';
import * as suggestions from '../store/faction-suggestions';
import { aliasesOf, getFactionRow } from '../store/factions';
import { applyEdit, currentId, EditError } from './effective-gazetteer';

type FactionMethods =
  | 'listGazetteer'
  | 'getFactionPage'
  | 'getFactionNetwork'
  | 'getMentionTimeline'
  | 'saveFactionNote'
  | 'listFactionSuggestions'
  | 'acceptFactionSuggestion'
  | 'dismissFactionSuggestion'
  | 'addFactionAlias'
  | 'renameFaction'
  | 'mergeFactions'
  | 'splitFactionAlias'
  | 'addLineageLink'
  | 'rejectMention'
  | 'listFactionEdits';

/**
 * Lineage links, as stored on the later faction, that carry the same organisation on under another name
 * or with others folded in: followed through any number of generations.
 */
const CONTINUED_FROM = new Set(['renamed-from', 'merged-from', 'absorbed']);
/** The same links as stored on the earlier faction. */
const CONTINUED_INTO = new Set(['renamed-to', 'merged-into', 'absorbed-by']);
/**
 * A looser ancestry ("set up as ISI's Syrian vanguard"): followed one step from the chosen faction only,
 * so Nusra's predecessors include the Islamic State of Iraq but HTS's do not reach back to Iraq 2006.
 */
const EVOLVED_FROM = 'evolved-from';
const EVOLVED_INTO = 'evolved-into';

/**
 * The faction and what it grew out of: every faction it continues (renamed from, merged from, absorbed,
 * transitively) and the one it evolved from directly. HTS finds Nusra, JFS, Zenki... articles.
 */
export function predecessorsOf(gazetteer: Gazetteer, id: string): string[] {
  const family = new Set([id]);
  const linked = (current: string, from: Set<string> | string, into: Set<string> | string): string[] => {
    const has = (set: Set<string> | string, relation: string) => (typeof set === 'string' ? set === relation : set.has(relation));
    return [
      ...(gazetteer.byId.get(current)?.lineage ?? []).filter((l) => has(from, l.relation)).map((l) => l.target),
      ...gazetteer.entries.filter((e) => e.lineage.some((l) => has(into, l.relation) && l.target === current)).map((e) => e.id),
    ];
  };
  const queue = [id, ...linked(id, EVOLVED_FROM, EVOLVED_INTO)];
  for (const ancestor of queue) family.add(ancestor);
  while (queue.length) {
    const current = queue.shift()!;
    for (const next of linked(current, CONTINUED_FROM, CONTINUED_INTO)) {
      if (!family.has(next)) {
        family.add(next);
        queue.push(next);
      }
    }
  }
  return [...family];
}

export function expandFactionFilter(gazetteer: Gazetteer, filter: LibraryFilter): ArticleListFilter {
  return {
    factionGroups: (filter.factionIds ?? []).map((id) => (filter.withLineage ? predecessorsOf(gazetteer, id) : [id])),
    factionMode: filter.factionMode ?? 'all',
    blocs: filter.blocs,
    tag: filter.tag,
  };
}

const INVERSE: Record<string, string> = {
  'renamed-to': 'renamed from',
  'renamed-from': 'renamed to',
  'merged-into': 'took in',
  'merged-from': 'merged into',
  'split-from': 'gave rise to',
  'split-into': 'split from',
  absorbed: 'absorbed by',
  'absorbed-by': 'absorbed',
  'member-of': 'had as member',
  'dissolved-into': 'took in',
  'evolved-from': 'evolved into',
  'evolved-into': 'evolved from',
};

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  // The sentence starts after the last line break or sentence end ("." + space) before the mention.
  const breaks = [before.lastIndexOf('\n') + 1, ...['. ', '! ', '? '].map((p) => (before.lastIndexOf(p) >= 0 ? before.lastIndexOf(p) + 2 : 0))];
  const from = Math.max(...breaks);
  const after = text.slice(end);
  const stops = [after.search(/[.!?](\s|$)/), after.indexOf('\n')].filter((i) => i >= 0);
  const to = stops.length ? end + Math.min(...stops) + 1 : text.length;
  const sentence = text.slice(Math.max(0, from), to).trim();
  return sentence.length > 400 ? `${sentence.slice(0, 400)}…` : sentence;
}

export function createFactionHandlers(deps: HandlerDeps): Pick<ApiHandlers, FactionMethods> {
  const { db, engine, retagger, emit } = deps;
  const at = (): string => deps.now().toISOString();

  const requireFaction = (id: string) => {
    const entry = engine.gazetteer.byId.get(currentId(engine.gazetteer.retired, id));
    if (!entry) throw new ApiError('not-found', `There is no faction "${id}" in the gazetteer.`);
    return entry;
  };

  const describe = (row: edits.FactionEditRow): FactionEditRecord => {
    const name = (id: string | null) => (id && (engine.gazetteer.byId.get(id)?.name ?? getFactionRow(db, id)?.name)) || id || '?';
    const summaries: Record<FactionEditRecord['kind'], string> = {
      'add-alias': `"${row.value}" added as a name of ${name(row.factionId)}`,
      'remove-alias': `"${row.value}" no longer counts as ${name(row.factionId)}`,
      rename: `${row.factionId} renamed "${row.value}"`,
      'merge-into': `${row.factionId} merged into ${name(row.targetId)}`,
      'add-lineage': `${name(row.factionId)} ${row.value?.replace('-', ' ')} ${name(row.targetId)}`,
      create: `${name(row.factionId)} added as a new faction`,
      'set-bloc': `${name(row.factionId)} moved to the ${row.value} bloc`,
    };
    return { id: row.id, kind: row.kind, factionId: row.factionId, value: row.value, targetId: row.targetId, createdAt: row.createdAt, summary: summaries[row.kind] };
  };

  /** Checks the edit applies, stores it, rebuilds the matcher and re-tags the library in the background. */
  const commitEdits = (rows: Omit<edits.FactionEditRow, 'id' | 'createdAt'>[], reason: string): edits.FactionEditRow[] => {
    const trial = structuredClone(engine.raw);
    try {
      for (const row of rows) applyEdit(trial, row);
    } catch (error) {
      if (error instanceof EditError) throw new ApiError('invalid-input', error.message);
      throw error;
    }
    const createdAt = at();
    const stored = db.transaction(() => rows.map((row) => ({ ...row, createdAt, id: edits.appendFactionEdit(db, { ...row, createdAt }) })))();
    engine.reload();
    retagger.schedule(reason);
    emit('libraryChanged', { reason });
    return stored;
  };

  const userFactionId = (name: string): string => {
    const slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').replace(/[^a-z0-9-]/g, '') || 'faction';
    let id = `user-${slug}`;
    // A merged-away id keeps pointing at what took it in, so it is never handed out again.
    for (let n = 2; engine.gazetteer.byId.has(id) || id in engine.gazetteer.retired; n++) id = `user-${slug}-${n}`;
    return id;
  };

  const filteredArticleIds = (filter: LibraryFilter | undefined): number[] => {
    const { where, params } = articleFilterSql(expandFactionFilter(engine.gazetteer, filter ?? {}));
    return (statement(db, `SELECT a.id FROM articles a ${where}`).all(...params) as { id: number }[]).map((r) => r.id);
  };

  return {
    async listGazetteer() {
      return engine.gazetteer.entries
        .map((e) => ({ id: e.id, name: e.name, kind: e.kind, bloc: e.bloc, origin: engine.userIds.has(e.id) ? ('user' as const) : ('gazetteer' as const) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    async getFactionPage({ id: requested }) {
      const entry = requireFaction(requested);
      const id = entry.id; // a merged-away id opens the faction that took it in
      const counts = mentionStore.factionLibraryCount(db, id);
      const timeline: LineageEvent[] = [];
      const userLinks = new Set(edits.listFactionEdits(db).filter((e) => e.kind === 'add-lineage').map((e) => `${e.factionId}|${e.value}|${e.targetId}`));
      for (const link of entry.lineage) {
        const other = engine.gazetteer.byId.get(link.target);
        timeline.push({ date: link.date, relation: link.relation.replace('-', ' '), otherId: link.target, otherName: other?.name ?? link.target, byUser: userLinks.has(`${id}|${link.relation}|${link.target}`) });
      }
      for (const other of engine.gazetteer.entries) {
        for (const link of other.lineage) {
          if (link.target !== id) continue;
          // Shown once: skip the mirror of a link this faction already states.
          if (entry.lineage.some((l) => l.target === other.id)) continue;
          timeline.push({ date: link.date, relation: INVERSE[link.relation] ?? link.relation, otherId: other.id, otherName: other.name, byUser: userLinks.has(`${other.id}|${link.relation}|${id}`) });
        }
      }
      timeline.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
      const articleList = mentionStore.articlesMentioningFaction(db, id).map((r) => ({
        id: r.id,
        title: r.title,
        outlet: r.outlet,
        date: r.date,
        dateSource: r.dateSource,
        mentions: r.mentions,
        sentence: sentenceAround(r.body, r.firstStart, r.firstEnd),
      }));
      const coMentions = mentionStore.factionsNamedAlongside(db, id, 15);
      const people = engine.gazetteer.entries
        .filter((e) => e.kind === 'person' && (e.affiliations ?? []).some((a) => a.factionId === id))
        .map((e) => ({ id: e.id, name: e.name, role: e.affiliations!.find((a) => a.factionId === id)?.role ?? null }));
      const page: FactionPage = {
        id,
        name: entry.name,
        kind: entry.kind,
        bloc: entry.bloc,
        arabicName: entry.arabic[0] ?? null,
        articles: counts.articles,
        mentions: counts.mentions,
        lineageHint: lineageHint(engine.gazetteer, id),
        aliases: aliasesOf(db, id),
        lineage: entry.lineage.map((l) => ({ relation: l.relation, targetId: l.target, targetName: engine.gazetteer.byId.get(l.target)?.name ?? l.target, date: l.date })),
        arabicNames: entry.arabic,
        acronyms: entry.acronyms,
        active: entry.active ?? null,
        source: entry.source ?? null,
        notesFromGazetteer: entry.notes ?? [],
        origin: engine.userIds.has(id) ? 'user' : 'gazetteer',
        timeline,
        people,
        articleList,
        coMentions,
        note: edits.getFactionNote(db, id),
      };
      return page;
    },

    async getFactionNetwork({ filter, maxNodes }) {
      const ids = filteredArticleIds(filter);
      const rows = mentionStore.factionsNamedIn(db, ids);
      const byArticle = new Map<number, string[]>();
      const articleCount = new Map<string, number>();
      for (const row of rows) {
        byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row.factionId]);
        articleCount.set(row.factionId, (articleCount.get(row.factionId) ?? 0) + 1);
      }
      const kept = new Set([...articleCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxNodes ?? 30).map(([fid]) => fid));
      const edgeCount = new Map<string, number>();
      for (const factions of byArticle.values()) {
        const present = factions.filter((f) => kept.has(f)).sort();
        for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++) edgeCount.set(`${present[i]}|${present[j]}`, (edgeCount.get(`${present[i]}|${present[j]}`) ?? 0) + 1);
      }
      return {
        nodes: [...kept].map((fid) => {
          const entry = engine.gazetteer.byId.get(fid);
          return { id: fid, name: entry?.name ?? fid, bloc: (entry?.bloc ?? 'other') as Bloc, articles: articleCount.get(fid) ?? 0 };
        }),
        edges: [...edgeCount.entries()].map(([key, articles]) => {
          const [source, target] = key.split('|');
          return { source, target, articles };
        }),
        articleCount: ids.length,
      };
    },

    async getMentionTimeline({ filter, factionIds }) {
      const ids = filteredArticleIds(filter);
      const dated = statement(
        db,
        `SELECT id, substr(published_date, 1, 7) AS period FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND published_date IS NOT NULL`,
      ).all(JSON.stringify(ids)) as { id: number; period: string }[];
      const chosen = factionIds && factionIds.length ? factionIds : mentionStore.mostNamedFactions(db, ids, 8);
      const counts = mentionStore.bodyMentionCounts(db, dated.map((d) => d.id), chosen);
      const periodOf = new Map(dated.map((d) => [d.id, d.period]));
      const buckets = new Map<string, TimelineBucket>();
      for (const d of dated) {
        const bucket = buckets.get(d.period) ?? { period: d.period, articles: 0, mentions: {}, articleIds: [] };
        bucket.articles++;
        bucket.articleIds.push(d.id);
        buckets.set(d.period, bucket);
      }
      for (const c of counts) {
        const bucket = buckets.get(periodOf.get(c.articleId)!)!;
        bucket.mentions[c.factionId] = (bucket.mentions[c.factionId] ?? 0) + c.n;
      }
      return {
        buckets: [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period)),
        undated: ids.length - dated.length,
        factions: chosen.map((fid) => {
          const entry = engine.gazetteer.byId.get(fid);
          return { id: fid, name: entry?.name ?? fid, bloc: (entry?.bloc ?? 'other') as Bloc };
        }),
      };
    },

    async saveFactionNote({ factionId, text }) {
      requireFaction(factionId);
      const savedAt = at();
      edits.saveFactionNote(db, factionId, text, savedAt);
      return { savedAt };
    },

    async listFactionSuggestions({ status }) {
      return suggestions.listSuggestions(db, status);
    },

    async acceptFactionSuggestion({ suggestionId, name, bloc, kind, aliases, lineage }) {
      const suggestion = suggestions.getSuggestion(db, suggestionId);
      if (!suggestion) throw new ApiError('not-found', `There is no suggestion ${suggestionId}.`);
      if (suggestion.status !== 'open') throw new ApiError('invalid-input', `"${suggestion.name}" was already ${suggestion.status}.`);
      const factionId = userFactionId(name);
      const names = [...new Set([suggestion.name, ...(aliases ?? [])])].filter((a) => a.toLowerCase() !== name.toLowerCase());
      commitEdits(
        [
          { kind: 'create', factionId, value: name, targetId: null, payload: JSON.stringify({ name, kind: kind ?? 'faction', bloc, aliases: names }) },
          ...(lineage ?? []).map((l) => ({ kind: 'add-lineage' as const, factionId, value: l.relation, targetId: l.targetId, payload: JSON.stringify({ date: l.date ?? null }) })),
        ],
        `new faction ${name}`,
      );
      suggestions.decideSuggestion(db, suggestionId, 'accepted', factionId, at());
      return { factionId };
    },

    async dismissFactionSuggestion({ suggestionId }) {
      const suggestion = suggestions.getSuggestion(db, suggestionId);
      if (!suggestion) throw new ApiError('not-found', `There is no suggestion ${suggestionId}.`);
      suggestions.decideSuggestion(db, suggestionId, 'dismissed', null, at());
      return { dismissed: true };
    },

    async addFactionAlias({ factionId, alias }) {
      requireFaction(factionId);
      return describe(commitEdits([{ kind: 'add-alias', factionId, value: alias, targetId: null, payload: null }], `alias for ${factionId}`)[0]);
    },

    async renameFaction({ factionId, name }) {
      requireFaction(factionId);
      return describe(commitEdits([{ kind: 'rename', factionId, value: name, targetId: null, payload: null }], `rename ${factionId}`)[0]);
    },

    async mergeFactions({ sourceId, targetId }) {
      requireFaction(sourceId);
      requireFaction(targetId);
      const [row] = commitEdits([{ kind: 'merge-into', factionId: sourceId, value: null, targetId, payload: null }], `merge ${sourceId}`);
      // The analyst's note on the merged faction joins the target's.
      const note = edits.getFactionNote(db, sourceId);
      if (note) edits.saveFactionNote(db, targetId, [edits.getFactionNote(db, targetId), note].filter(Boolean).join('\n\n'), at());
      return describe(row);
    },

    async splitFactionAlias({ factionId, alias, newFactionName, bloc }) {
      const entry = requireFaction(factionId);
      const rows: Omit<edits.FactionEditRow, 'id' | 'createdAt'>[] = [{ kind: 'remove-alias', factionId, value: alias, targetId: null, payload: null }];
      if (newFactionName) {
        const newId = userFactionId(newFactionName);
        rows.push({ kind: 'create', factionId: newId, value: newFactionName, targetId: null, payload: JSON.stringify({ name: newFactionName, kind: entry.kind === 'person' ? 'faction' : entry.kind, bloc: bloc ?? entry.bloc, aliases: [alias] }) });
      }
      return describe(commitEdits(rows, `split ${alias} off ${factionId}`)[0]);
    },

    async addLineageLink({ factionId, relation, targetId, date }) {
      requireFaction(factionId);
      requireFaction(targetId);
      return describe(commitEdits([{ kind: 'add-lineage', factionId, value: relation, targetId, payload: JSON.stringify({ date: date ?? null }) }], `lineage of ${factionId}`)[0]);
    },

    async rejectMention({ mentionId }) {
      const mention = mentionStore.findMention(db, mentionId);
      if (!mention) throw new ApiError('not-found', `There is no mention ${mentionId}; the article may have been re-tagged since. Reload it.`);
      db.transaction(() => {
        edits.addMentionRejection(db, {
          articleId: mention.articleId,
          factionId: mention.factionId,
          location: mention.commentPosition < 0 ? 'body' : 'comment',
          commentPosition: mention.commentPosition,
          start: mention.start,
          end: mention.end,
          surface: mention.surface,
          createdAt: at(),
        });
        edits.applyMentionRejections(db, mention.articleId);
      })();
      deps.search.invalidate();
      emit('libraryChanged', { reason: 'mention rejected' });
      return { rejected: true };
    },

    async listFactionEdits() {
      return edits.listFactionEdits(db).map(describe).reverse();
    },
  };
}
