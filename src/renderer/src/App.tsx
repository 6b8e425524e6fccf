import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import type { DossierBridge } from '../../shared/api';
import type {
  ArticleDetail,
  Bloc,
  Highlight,
  HighlightColor,
  ImportReport,
  NearDuplicateDecision,
  RecleanReport,
  SearchHit,
  TimelineBucket,
} from '../../shared/model';
import { getBridge } from './bridge';
import { ArticleList, type ListItem } from './components/ArticleList';
import { DropOverlay } from './components/DropOverlay';
import { EmptyState } from './components/EmptyState';
import { FactionPageView } from './components/FactionPageView';
import { FactionSidebar, type StepState } from './components/FactionSidebar';
import { HighlightsPanel } from './components/HighlightsPanel';
import { HighlightToolbar } from './components/HighlightToolbar';
import { HighlightsView } from './components/HighlightsView';
import { ImportProgress } from './components/ImportProgress';
import { ImportResults } from './components/ImportResults';
import { LibrarySidebar } from './components/LibrarySidebar';
import type { EntityInfo } from './components/MarkedText';
import type { NearDuplicatePair } from './components/NearDuplicateRow';
import { NearDuplicatesView } from './components/NearDuplicatesView';
import { NetworkView } from './components/NetworkView';
import { RecleanPanel, type RecleanRequest } from './components/RecleanPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { NotesPanel } from './components/NotesPanel';
import { Reader } from './components/Reader';
import { RetagProgress } from './components/RetagProgress';
import { SuggestionsView } from './components/SuggestionsView';
import { TagEditor } from './components/TagEditor';
import { TimelineView } from './components/TimelineView';
import { Toasts } from './components/Toasts';
import { TopBar } from './components/TopBar';
import { ViewTabs, type MainView } from './components/ViewTabs';
import { useDebouncedValue } from './hooks/useDebouncedValue';
import { useLibraryLists } from './hooks/useLibraryLists';
import { useFileDrop } from './hooks/useFileDrop';
import { useImport } from './hooks/useImport';
import { useTheme } from './hooks/useTheme';
import { useToasts } from './hooks/useToasts';
import { isFiltering, NO_FILTER, type Filter } from './lib/filter';
import { basename, errorText, formatDate, plural, sentence } from './lib/format';
import { bodyMarksByEntity } from './lib/highlight';
import { NoteSaver, type NoteStatus } from './lib/noteSaver';
import { selectionToBodyRange } from './lib/user-highlights';

export function App() {
  const bridge = useMemo(getBridge, []);
  if (!bridge) {
    return (
      <div className="no-bridge">
        <h1>Dossier could not start</h1>
        <p>
          The reading window opened without its connection to Dossier&apos;s library, so nothing can be shown. Close
          this window and start Dossier again.
        </p>
      </div>
    );
  }
  return <Dossier bridge={bridge} />;
}

/** What the reading pane shows instead of the open article. */
type Panel = { kind: 'near-duplicates' } | { kind: 'suggestions' } | { kind: 'highlights' } | { kind: 'faction'; id: string } | null;

/** Anchored highlights in reading order, then the ones a re-clean orphaned: the order the core gives. */
function sortHighlights(list: Highlight[]): Highlight[] {
  return [...list].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || (a.start ?? 0) - (b.start ?? 0) || a.id - b.id);
}
const SEARCH_LIMIT = 200;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function Dossier({ bridge }: { bridge: DossierBridge }) {
  const api = bridge.api;
  const { toasts, push: toast, dismiss } = useToasts();
  const { theme, toggle: toggleTheme } = useTheme();

  // ---- library lists -------------------------------------------------------------------------
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const {
    reload,
    refresh,
    coreFilter,
    coreFilterKey,
    articles,
    listError,
    factions,
    tags,
    gazetteer,
    suggestionCount,
    nearDuplicateCount,
    summaryOf,
    learnAllSummaries,
    summaryVersion,
  } = useLibraryLists(api, bridge, filter, toast);

  // The watched inbox imported files by itself: say so without interrupting, and show them.
  useEffect(
    () =>
      bridge.on('inboxImported', (report: ImportReport) => {
        refresh();
        const imported = report.files.filter((f) => f.status === 'imported').length;
        const failed = report.files.filter((f) => f.status === 'failed' || f.status === 'unsupported');
        const similar = report.files.reduce((n, f) => n + (f.similar?.length ?? 0), 0);
        const parts: string[] = [];
        if (imported > 0) parts.push(`Imported ${plural(imported, 'file')} from the inbox.`);
        if (similar > 0) parts.push(`${plural(similar, 'article')} may be the same as others; see Possible duplicates.`);
        if (imported > 0 || similar > 0) toastRef.current(parts.join(' '), 'info');
        if (failed.length > 0) {
          const names = failed.slice(0, 3).map((f) => `${basename(f.path)} (${f.error ?? 'not supported'})`);
          toastRef.current(
            `Couldn't import ${plural(failed.length, 'file')} from the inbox: ${names.join('; ')}${failed.length > 3 ? '; …' : ''}. Fix or convert ${failed.length === 1 ? 'it' : 'them'} and save again into the inbox.`,
          );
        }
      }),
    [bridge, refresh],
  );

  const factionById = useMemo(() => new Map(factions.map((f) => [f.id, f])), [factions]);

  // ---- search --------------------------------------------------------------------------------
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const debounced = useDebouncedValue(trimmed, 150);
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!debounced) {
      setHits(null);
      return;
    }
    let cancelled = false;
    api.search({ query: debounced.slice(0, 500), limit: SEARCH_LIMIT }).then(
      (found) => {
        if (cancelled) return;
        setHits({ query: debounced, hits: found });
        // Hits carry no factions or date source; fill the summary cache for rows it does not know yet.
        if (found.some((h) => !summaryOf(h.id))) learnAllSummaries();
      },
      (e: unknown) => {
        if (cancelled) return;
        toast(`Search failed: ${sentence(errorText(e))} Try different words, or press Esc to go back to the list.`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, debounced, reload, toast]);

  const searchActive = trimmed !== '';
  const showingHits = searchActive && hits !== null;
  const searching = searchActive && (debounced !== trimmed || hits?.query !== debounced);

  const items: ListItem[] = useMemo(() => {
    void summaryVersion;
    if (showingHits && hits) {
      return hits.hits.map((h) => {
        const s = summaryOf(h.id);
        return {
          id: h.id,
          title: h.title,
          outlet: h.outlet,
          date: h.date,
          dateSource: s?.dateSource ?? null,
          factions: s?.factions ?? [],
          tags: s?.tags ?? [],
          snippet: h.snippet,
        };
      });
    }
    const inPeriod = filter.period ? new Set(filter.period.articleIds) : null;
    return (articles ?? []).filter((a) => !inPeriod || inPeriod.has(a.id)).map((a) => ({ ...a, snippet: null }));
  }, [showingHits, hits, articles, summaryVersion, filter.period]);

  // ---- open article & cursor -----------------------------------------------------------------
  const [openId, setOpenId] = useState<number | null>(null);
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [detailReload, setDetailReload] = useState(0);
  const [panel, setPanel] = useState<Panel>(null);
  const [view, setView] = useState<MainView>('reader');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [reclean, setReclean] = useState<RecleanRequest | null>(null);
  const [recleanRunning, setRecleanRunning] = useState(false);
  /** Each request gets a fresh panel, so asking again after a run starts a new run. */
  const [recleanNonce, setRecleanNonce] = useState(0);
  const detailIdRef = useRef<number | null>(null);
  const readerScrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  const cursor = useMemo(() => {
    const id = cursorId ?? openId;
    return id === null ? -1 : items.findIndex((i) => i.id === id);
  }, [items, cursorId, openId]);

  // ---- notes ---------------------------------------------------------------------------------
  const [noteText, setNoteText] = useState('');
  const [noteStatus, setNoteStatus] = useState<NoteStatus>({ state: 'idle' });
  const toastRef = useRef(toast);
  toastRef.current = toast;
  const saverRef = useRef<NoteSaver | null>(null);
  if (saverRef.current === null) {
    saverRef.current = new NoteSaver({
      save: (articleId, text) => api.saveNote({ articleId, text }),
      onStatus: (articleId, status) => {
        if (articleId === detailIdRef.current) setNoteStatus(status);
      },
      onError: (articleId, message) => {
        if (articleId === detailIdRef.current) {
          toastRef.current(
            `Couldn't save the note: ${sentence(message)} Your text is still here; it will retry when you type again.`,
          );
        } else {
          const title = summaryOf(articleId)?.title;
          toastRef.current(
            `Couldn't save the note on ${title ? `“${title}”` : `article ${articleId}`}: ${sentence(message)} Open that article again to see your text and retry.`,
          );
        }
      },
    });
  }
  const saver = saverRef.current;

  // ---- highlights ----------------------------------------------------------------------------
  const [focusedHighlightId, setFocusedHighlightId] = useState<number | null>(null);
  const [editHighlightId, setEditHighlightId] = useState<number | null>(null);
  /** A highlight to show once its article has loaded (opened from the library's highlights view). */
  const pendingHighlight = useRef<number | null>(null);
  const replaceHighlight = useCallback((h: Highlight) => {
    setDetail((d) => (d && d.id === h.articleId ? { ...d, highlights: sortHighlights([...d.highlights.filter((x) => x.id !== h.id), h]) } : d));
  }, []);
  const highlightSaverRef = useRef<NoteSaver<number> | null>(null);
  if (highlightSaverRef.current === null) {
    highlightSaverRef.current = new NoteSaver<number>({
      save: async (id, text) => {
        const h = await api.updateHighlight({ id, comment: text.trim() ? text : null });
        replaceHighlight(h);
        return { savedAt: h.updatedAt };
      },
      onStatus: () => undefined,
      onError: (_id, message) =>
        toastRef.current(`Couldn't save the note on your highlight: ${sentence(message)} Your text is still there; it will retry when you type again.`),
    });
  }
  const highlightSaver = highlightSaverRef.current;
  const [, setHighlightDrafts] = useState(0);

  useEffect(() => {
    const flush = (): void => {
      void saver.flush();
      void highlightSaver.flush();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    // The shell asks before it closes the window, so a note typed a moment ago is saved, not lost.
    const stopFlushRequests = bridge.on('flushRequest', flush);
    return () => {
      stopFlushRequests();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [saver, highlightSaver, bridge]);

  const openArticle = useCallback(
    (id: number) => {
      // Send the previous article's pending note before anything else happens.
      void saver.flush();
      void highlightSaver.flush();
      setFocusedHighlightId(null);
      setEditHighlightId(null);
      setOpenId(id);
      setCursorId(id);
      setPanel(null);
      setView('reader');
    },
    [saver, highlightSaver],
  );

  const openFaction = useCallback((id: string) => {
    setPanel({ kind: 'faction', id });
    setView('reader');
  }, []);

  useEffect(() => {
    if (openId === null) return;
    let cancelled = false;
    api.getArticle({ id: openId }).then(
      (d) => {
        if (cancelled) return;
        const same = detailIdRef.current === d.id;
        detailIdRef.current = d.id;
        setDetail(d);
        setNoteText(saver.draftFor(d.id) ?? d.note);
        setNoteStatus(
          saver.statusFor(d.id) ?? (d.noteUpdatedAt ? { state: 'saved', at: d.noteUpdatedAt } : { state: 'idle' }),
        );
        // A reload of the open article (after a re-clean or a decision) keeps the place.
        setStep(null);
        if (!same) readerScrollRef.current?.scrollTo({ top: 0 });
        if (pendingHighlight.current !== null && d.highlights.some((h) => h.id === pendingHighlight.current)) {
          setFocusedHighlightId(pendingHighlight.current);
        }
        pendingHighlight.current = null;
      },
      (e: unknown) => {
        if (cancelled) return;
        toast(
          `Couldn't open the article: ${sentence(errorText(e))} Pick it again from the list; if it keeps failing, import its file again.`,
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, openId, saver, toast, detailReload]);

  const addHighlight = useCallback(
    (range: { start: number; end: number }, color: HighlightColor, withNote: boolean) => {
      if (!detail) return;
      api.addHighlight({ articleId: detail.id, start: range.start, end: range.end, color }).then(
        (h) => {
          replaceHighlight(h);
          setFocusedHighlightId(h.id);
          if (withNote) setEditHighlightId(h.id);
          refresh();
        },
        (e: unknown) => toast(`Couldn't highlight that: ${sentence(errorText(e))} Select the words again and retry.`),
      );
    },
    [api, detail, replaceHighlight, refresh, toast],
  );
  const recolorHighlight = useCallback(
    (id: number, color: HighlightColor) => {
      api.updateHighlight({ id, color }).then(replaceHighlight, (e: unknown) =>
        toast(`Couldn't change the highlight's colour: ${sentence(errorText(e))} Try again.`),
      );
    },
    [api, replaceHighlight, toast],
  );
  const removeHighlight = useCallback(
    (id: number) => {
      void highlightSaver.flush();
      api.removeHighlight({ id }).then(
        () => {
          setDetail((d) => (d ? { ...d, highlights: d.highlights.filter((h) => h.id !== id) } : d));
          setFocusedHighlightId((f) => (f === id ? null : f));
          refresh();
        },
        (e: unknown) => toast(`Couldn't remove the highlight: ${sentence(errorText(e))} It is still there; try again.`),
      );
    },
    [api, highlightSaver, refresh, toast],
  );
  const onHighlightComment = useCallback(
    (id: number, text: string) => {
      highlightSaver.edit(id, text);
      setHighlightDrafts((n) => n + 1);
    },
    [highlightSaver],
  );
  const focusHighlight = useCallback((id: number) => setFocusedHighlightId(id), []);
  const onHighlightClick = useCallback((id: number) => {
    setFocusedHighlightId(id);
    setEditHighlightId(id);
  }, []);
  const openHighlight = useCallback(
    (articleId: number, highlightId: number) => {
      pendingHighlight.current = highlightId;
      openArticle(articleId);
      if (detailIdRef.current === articleId) setFocusedHighlightId(highlightId);
    },
    [openArticle],
  );
  useEffect(() => {
    if (focusedHighlightId === null) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`mark[data-highlight-id="${focusedHighlightId}"]`);
    el?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [focusedHighlightId, detail]);

  const onNoteChange = useCallback(
    (text: string) => {
      if (!detail) return;
      setNoteText(text);
      saver.edit(detail.id, text);
    },
    [detail, saver],
  );

  // ---- terms to highlight --------------------------------------------------------------------
  const terms = useMemo(() => {
    if (!showingHits || !hits || !detail) return [];
    const hit = hits.hits.find((h) => h.id === detail.id);
    if (!hit) return [];
    return hit.terms.length ? hit.terms : hits.query.split(/\s+/);
  }, [showingHits, hits, detail]);

  // ---- mention stepping ----------------------------------------------------------------------
  const [step, setStep] = useState<{ entityId: string; index: number } | null>(null);
  const marksByEntity = useMemo(
    () => (detail ? bodyMarksByEntity(detail.body, detail.mentions) : new Map<string, number[]>()),
    [detail],
  );
  const stepState: StepState | null = step
    ? { entityId: step.entityId, index: step.index, total: marksByEntity.get(step.entityId)?.length ?? 0 }
    : null;
  const currentMentionId = step ? (marksByEntity.get(step.entityId)?.[step.index] ?? null) : null;

  const selectEntity = useCallback(
    (entityId: string) => {
      setStep((s) => {
        const total = marksByEntity.get(entityId)?.length ?? 0;
        if (s && s.entityId === entityId && total > 0) return { entityId, index: (s.index + 1) % total };
        return { entityId, index: 0 };
      });
    },
    [marksByEntity],
  );

  const stepBy = useCallback(
    (delta: 1 | -1) => {
      setStep((s) => {
        if (!s) return s;
        const total = marksByEntity.get(s.entityId)?.length ?? 0;
        if (total === 0) return s;
        return { entityId: s.entityId, index: (s.index + delta + total) % total };
      });
    },
    [marksByEntity],
  );

  const onMarkClick = useCallback(
    (entityId: string, mentionId: number) => {
      const list = marksByEntity.get(entityId) ?? [];
      const index = list.indexOf(mentionId);
      if (index >= 0) setStep({ entityId, index });
    },
    [marksByEntity],
  );

  useEffect(() => {
    if (currentMentionId === null) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`mark[data-mention-id="${currentMentionId}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [currentMentionId, step]);

  const entities = useMemo(() => {
    const map = new Map<string, EntityInfo>();
    for (const f of factions) map.set(f.id, { name: f.name, bloc: f.bloc, kind: f.kind });
    if (detail) for (const f of [...detail.factions, ...detail.people]) map.set(f.id, { name: f.name, bloc: f.bloc, kind: f.kind });
    return map;
  }, [factions, detail]);

  // ---- tags ----------------------------------------------------------------------------------
  const addTag = useCallback(
    async (tag: string): Promise<boolean> => {
      if (!detail) return false;
      const id = detail.id;
      try {
        const next = await api.addTag({ articleId: id, tag });
        setDetail((d) => (d && d.id === id ? { ...d, tags: next } : d));
        refresh();
        return true;
      } catch (e) {
        toast(`Couldn't add the tag “${tag}”: ${sentence(errorText(e))} Check the tag and press Enter to try again.`);
        return false;
      }
    },
    [api, detail, refresh, toast],
  );

  const removeTag = useCallback(
    (tag: string) => {
      if (!detail) return;
      const id = detail.id;
      api.removeTag({ articleId: id, tag }).then(
        (next) => {
          setDetail((d) => (d && d.id === id ? { ...d, tags: next } : d));
          refresh();
        },
        (e: unknown) => toast(`Couldn't remove the tag “${tag}”: ${sentence(errorText(e))} The tag is still on the article; try again.`),
      );
    },
    [api, detail, refresh, toast],
  );

  // ---- import --------------------------------------------------------------------------------
  const imp = useImport(bridge, { onFinished: refresh, onError: toast });

  // ---- near-duplicates -----------------------------------------------------------------------
  const resolveNearDuplicate = useCallback(
    async (pair: NearDuplicatePair, decision: NearDuplicateDecision): Promise<boolean> => {
      try {
        const r = await api.resolveNearDuplicate({ articleId: pair.articleId, otherId: pair.otherId, decision });
        if (r.removedArticleId !== null && r.removedArticleId === detailIdRef.current) {
          detailIdRef.current = null;
          setOpenId(null);
          setDetail(null);
        } else if (detailIdRef.current === pair.articleId || detailIdRef.current === pair.otherId) {
          setDetailReload((n) => n + 1);
        }
        refresh();
        return true;
      } catch (e) {
        const what = decision === 'skip' ? 'skip' : decision === 'link' ? 'link' : 'keep both of';
        toast(
          `Couldn't ${what} “${pair.title || 'Untitled'}” and “${pair.otherTitle || 'Untitled'}”: ${sentence(errorText(e))} Nothing was changed; open Possible duplicates and try again.`,
        );
        return false;
      }
    },
    [api, refresh, toast],
  );

  // ---- re-clean ------------------------------------------------------------------------------
  const recleanLibrary = useCallback(() => {
    if (recleanRunning) return; // the panel already shows the run in progress
    api.listArticles({}).then(
      (all) => {
        setRecleanNonce((n) => n + 1);
        setReclean({ scope: 'library', articles: all.length });
      },
      (e: unknown) => toast(`Couldn't count the articles to re-clean: ${sentence(errorText(e))} Try again in a moment.`),
    );
  }, [api, toast, recleanRunning]);

  const recleanOpen = useCallback(() => {
    if (!detail || recleanRunning) return;
    setRecleanNonce((n) => n + 1);
    setReclean({ scope: 'articles', ids: [detail.id], label: `“${detail.title || 'Untitled'}”` });
  }, [detail, recleanRunning]);

  const onRecleanFinished = useCallback(
    (_report: RecleanReport | null) => {
      refresh();
      if (detailIdRef.current !== null) setDetailReload((n) => n + 1);
    },
    [refresh],
  );
  const dragging = useFileDrop(bridge, imp.importDropped, toast);

  // ---- filters -------------------------------------------------------------------------------
  const toggleFaction = useCallback((id: string) => {
    setFilter((f) => ({
      ...f,
      factionIds: f.factionIds.includes(id) ? f.factionIds.filter((x) => x !== id) : [...f.factionIds, id],
    }));
  }, []);
  const toggleTag = useCallback((tag: string) => setFilter((f) => ({ ...f, tag: f.tag === tag ? null : tag })), []);
  const toggleBloc = useCallback(
    (bloc: Bloc) => setFilter((f) => ({ ...f, blocs: f.blocs.includes(bloc) ? f.blocs.filter((b) => b !== bloc) : [...f.blocs, bloc] })),
    [],
  );
  const setFactionMode = useCallback((factionMode: Filter['factionMode']) => setFilter((f) => ({ ...f, factionMode })), []);
  const setWithLineage = useCallback((withLineage: boolean) => setFilter((f) => ({ ...f, withLineage })), []);
  const clearFilters = useCallback(() => setFilter(NO_FILTER), []);
  /** From a faction page: the list shows that faction's articles (and its predecessors' when asked). */
  const filterToFaction = useCallback((id: string, withLineage: boolean) => {
    setFilter({ ...NO_FILTER, factionIds: [id], withLineage });
    setQuery('');
  }, []);
  /** From a line of the network: the articles naming both factions. */
  const filterToPair = useCallback((a: string, b: string) => {
    setFilter((f) => ({ ...f, factionIds: [a, b], factionMode: 'all', period: null }));
    setQuery('');
  }, []);
  const filterToOneFaction = useCallback((id: string) => {
    setFilter((f) => ({ ...f, factionIds: f.factionIds.includes(id) ? f.factionIds : [...f.factionIds, id], period: null }));
    setQuery('');
  }, []);
  const pickPeriod = useCallback((bucket: TimelineBucket) => {
    setFilter((f) => ({ ...f, period: f.period?.period === bucket.period ? null : { period: bucket.period, articleIds: bucket.articleIds } }));
    setQuery('');
  }, []);
  const clearPeriod = useCallback(() => setFilter((f) => ({ ...f, period: null })), []);
  const showNetworkOf = useCallback((id: string) => {
    setFilter({ ...NO_FILTER, factionIds: [id] });
    setPanel(null);
    setView('network');
  }, []);

  // ---- corrections ---------------------------------------------------------------------------
  const rejectCurrentMention = useCallback(() => {
    if (currentMentionId === null || !step) return;
    const name = entities.get(step.entityId)?.name ?? step.entityId;
    api.rejectMention({ mentionId: currentMentionId }).then(
      () => {
        toast(`That mention no longer counts as ${name}. It stays dropped when the library is re-tagged.`, 'info');
        setDetailReload((n) => n + 1);
        refresh();
      },
      (e: unknown) => toast(`Couldn't drop the mention: ${sentence(errorText(e))} Nothing was changed; try again.`),
    );
  }, [api, currentMentionId, step, entities, toast, refresh]);
  const onRetagFinished = useCallback(() => {
    refresh();
    if (detailIdRef.current !== null) setDetailReload((n) => n + 1);
  }, [refresh]);

  // ---- keyboard ------------------------------------------------------------------------------
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  // Menu items and shortcuts of the Electron shell (File → Import…, View → Search, dark mode).
  const chooseAndImport = imp.chooseAndImport;
  useEffect(
    () =>
      bridge.on('menuCommand', ({ command }) => {
        if (command === 'import-files') chooseAndImport();
        else if (command === 'import-folder') chooseAndImport({ folders: true });
        else if (command === 'focus-search') focusSearch();
        else if (command === 'toggle-theme') toggleTheme();
      }),
    [bridge, chooseAndImport, focusSearch, toggleTheme],
  );

  const clearSearch = useCallback(() => {
    setQuery('');
    setHits(null);
  }, []);

  const move = useCallback(
    (delta: number) => {
      if (items.length === 0) return;
      const from = cursor;
      const next = from < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, from + delta));
      setCursorId(items[next].id);
    },
    [items, cursor],
  );

  const openCursor = useCallback(() => {
    const index = cursor >= 0 ? cursor : items.length > 0 ? 0 : -1;
    if (index >= 0) openArticle(items[index].id);
  }, [cursor, items, openArticle]);

  const escape = useCallback((): boolean => {
    if (query !== '') {
      clearSearch();
      return true;
    }
    if (settingsOpen) {
      setSettingsOpen(false);
      return true;
    }
    if (reclean && !recleanRunning) {
      setReclean(null);
      return true;
    }
    if (imp.report) {
      imp.dismissReport();
      return true;
    }
    if (panel) {
      setPanel(null);
      return true;
    }
    if (view !== 'reader') {
      setView('reader');
      return true;
    }
    if (step) {
      setStep(null);
      return true;
    }
    return false;
  }, [query, clearSearch, imp, step, settingsOpen, reclean, recleanRunning, panel, view]);

  const onSearchKeyDown = useCallback(
    (e: ReactKeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (query !== '') clearSearch();
        else e.currentTarget.blur();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
        e.preventDefault();
        openCursor();
      }
    },
    [query, clearSearch, move, openCursor],
  );

  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  /** Time of a lone "g": the next r, n or t within a second switches the view (g r / g n / g t). */
  const goPrefix = useRef(0);
  keyHandler.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') != null;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      focusSearch();
      return;
    }
    if (e.key === 'Escape') {
      if (escape()) e.preventDefault();
      else if (typing && target) target.blur();
      return;
    }
    if (typing || mod || e.altKey) return;
    const onControl = target?.closest('button, a[href], summary') != null;
    const inReader = target?.closest('.reader-scroll') != null;
    if (goPrefix.current && Date.now() - goPrefix.current < 1000) {
      goPrefix.current = 0;
      const next: MainView | null = e.key === 'r' ? 'reader' : e.key === 'n' ? 'network' : e.key === 't' ? 'timeline' : null;
      if (next) {
        e.preventDefault();
        setView(next);
        if (next !== 'reader') setPanel(null);
        return;
      }
    }
    switch (e.key) {
      case 'g':
        goPrefix.current = Date.now();
        break;
      case 'h': {
        const range = bodyRef.current ? selectionToBodyRange(window.getSelection(), bodyRef.current) : null;
        if (range) {
          e.preventDefault();
          addHighlight(range, 'yellow', false);
          window.getSelection()?.removeAllRanges();
        }
        break;
      }
      case 'x':
        if (step && currentMentionId !== null) {
          e.preventDefault();
          rejectCurrentMention();
        }
        break;
      case '/':
        e.preventDefault();
        focusSearch();
        break;
      case 'j':
        e.preventDefault();
        move(1);
        break;
      case 'k':
        e.preventDefault();
        move(-1);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        if (inReader) return; // let arrows scroll the article when it has focus
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        if (onControl) return;
        e.preventDefault();
        openCursor();
        break;
      case 'n':
        if (step) {
          e.preventDefault();
          stepBy(1);
        }
        break;
      case 'N':
        if (step) {
          e.preventDefault();
          stepBy(-1);
        }
        break;
      default:
        break;
    }
  };

  useEffect(() => {
    const listener = (e: KeyboardEvent): void => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // ---- render --------------------------------------------------------------------------------
  const filtering = isFiltering(filter);
  const libraryEmpty = articles !== null && articles.length === 0 && !filtering;
  const mode = filter.factionMode === 'any' && filter.factionIds.length > 1 ? 'any' : 'all';

  const listLabel = showingHits
    ? `Search results (${items.length}${items.length === SEARCH_LIMIT ? '+' : ''})`
    : filtering
      ? `${plural(items.length, 'article')} matching`
      : `All articles (${items.length})`;

  const listEmpty = showingHits ? (
    <p>
      No articles match “{hits?.query}”. Try fewer or different words; Esc returns to the list.
    </p>
  ) : listError && articles === null ? (
    <p>The article list could not be loaded. It will try again when the library changes.</p>
  ) : articles === null ? (
    <p className="muted">Loading…</p>
  ) : filtering ? (
    <p>
      No articles match these filters.{' '}
      <button type="button" className="link-button" onClick={clearFilters}>
        Show all articles
      </button>
    </p>
  ) : (
    <p>No articles yet. Drag files onto the window, or use Import…</p>
  );

  const factionName = (id: string): string => factionById.get(id)?.name ?? gazetteer.find((g) => g.id === id)?.name ?? id;
  const factionBloc = (id: string): Bloc => factionById.get(id)?.bloc ?? gazetteer.find((g) => g.id === id)?.bloc ?? 'other';

  const readerPlaceholder = (
    <div className="reader-placeholder">
      <p>Select an article to read it.</p>
      <dl className="shortcuts">
        <dt>
          <kbd>j</kbd> <kbd>k</kbd>
        </dt>
        <dd>move in the list</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>open</dd>
        <dt>
          <kbd>/</kbd>
        </dt>
        <dd>search</dd>
        <dt>
          <kbd>n</kbd> <kbd>N</kbd>
        </dt>
        <dd>next / previous mention of the selected faction</dd>
        <dt>
          <kbd>h</kbd>
        </dt>
        <dd>highlight the selected words</dd>
        <dt>
          <kbd>x</kbd>
        </dt>
        <dd>the mention in hand is not that faction</dd>
        <dt>
          <kbd>g</kbd> <kbd>r</kbd> / <kbd>n</kbd> / <kbd>t</kbd>
        </dt>
        <dd>reader, co-mention network, timeline</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>clear search, close panels</dd>
      </dl>
    </div>
  );

  let paneContent: ReactNode;
  if (view === 'network') {
    paneContent = (
      <NetworkView
        api={api}
        filter={coreFilter}
        filterKey={coreFilterKey}
        reloadKey={reload}
        selected={filter.factionIds}
        onFilterFaction={filterToOneFaction}
        onFilterPair={filterToPair}
        onOpenFaction={openFaction}
      />
    );
  } else if (view === 'timeline') {
    paneContent = (
      <TimelineView
        api={api}
        filter={coreFilter}
        filterKey={coreFilterKey}
        reloadKey={reload}
        factionIds={filter.factionIds}
        activePeriod={filter.period?.period ?? null}
        onPickPeriod={pickPeriod}
      />
    );
  } else if (panel?.kind === 'near-duplicates') {
    paneContent = (
      <NearDuplicatesView bridge={bridge} reloadKey={reload} onResolve={resolveNearDuplicate} onOpenArticle={openArticle} onClose={() => setPanel(null)} />
    );
  } else if (panel?.kind === 'highlights') {
    paneContent = <HighlightsView api={api} reloadKey={reload} onOpen={openHighlight} onClose={() => setPanel(null)} />;
  } else if (panel?.kind === 'suggestions') {
    paneContent = (
      <SuggestionsView
        api={api}
        reloadKey={reload}
        gazetteer={gazetteer}
        onOpenArticle={openArticle}
        onOpenFaction={openFaction}
        onChanged={refresh}
        onClose={() => setPanel(null)}
        onToast={toast}
      />
    );
  } else if (panel?.kind === 'faction') {
    paneContent = (
      <FactionPageView
        api={api}
        id={panel.id}
        reloadKey={reload}
        gazetteer={gazetteer}
        onOpenFaction={openFaction}
        onOpenArticle={openArticle}
        onFilterTo={filterToFaction}
        onShowNetwork={showNetworkOf}
        onClose={() => setPanel(null)}
        onToast={toast}
      />
    );
  } else if (detail) {
    paneContent = (
      <Reader
        detail={detail}
        terms={terms}
        entities={entities}
        currentMentionId={currentMentionId}
        onMarkClick={onMarkClick}
        bodyRef={bodyRef}
        onResolveNearDuplicate={resolveNearDuplicate}
        onOpenArticle={openArticle}
        onReclean={recleanOpen}
        recleaning={recleanRunning}
        focusedHighlightId={focusedHighlightId}
        onHighlightClick={onHighlightClick}
      />
    );
  } else if (libraryEmpty) {
    paneContent = <EmptyState onImport={() => imp.chooseAndImport()} />;
  } else {
    paneContent = readerPlaceholder;
  }
  const showAside = detail !== null && panel === null && view === 'reader';

  return (
    <div className="app">
      <TopBar
        query={query}
        onQueryChange={setQuery}
        onSearchKeyDown={onSearchKeyDown}
        searchRef={searchRef}
        searching={searching}
        resultCount={showingHits ? items.length : null}
        onImport={() => imp.chooseAndImport()}
        progress={
          <>
            <RetagProgress bridge={bridge} onFinished={onRetagFinished} />
            <ImportProgress bridge={bridge} local={imp.activity} busy={imp.busy} onError={toast} />
          </>
        }
        onOpenSettings={() => setSettingsOpen((o) => !o)}
        settingsOpen={settingsOpen}
        theme={theme}
        onToggleTheme={toggleTheme}
        isMac={isMac}
      />
      <div className="workspace">
        <LibrarySidebar
          factions={factions}
          tags={tags}
          filter={filter}
          onToggleFaction={toggleFaction}
          onToggleBloc={toggleBloc}
          onFactionMode={setFactionMode}
          onWithLineage={setWithLineage}
          onToggleTag={toggleTag}
          onClear={clearFilters}
          onOpenFaction={openFaction}
          nearDuplicates={nearDuplicateCount}
          nearDuplicatesOpen={panel?.kind === 'near-duplicates'}
          onOpenNearDuplicates={() => {
            setPanel((p) => (p?.kind === 'near-duplicates' ? null : { kind: 'near-duplicates' }));
            setView('reader');
          }}
          highlightsOpen={panel?.kind === 'highlights'}
          onOpenHighlights={() => {
            setPanel((p) => (p?.kind === 'highlights' ? null : { kind: 'highlights' }));
            setView('reader');
          }}
          suggestions={suggestionCount}
          suggestionsOpen={panel?.kind === 'suggestions'}
          onOpenSuggestions={() => {
            setPanel((p) => (p?.kind === 'suggestions' ? null : { kind: 'suggestions' }));
            setView('reader');
          }}
          onRecleanLibrary={recleanLibrary}
          articleCount={libraryEmpty ? 0 : 1}
        />
        <div className="list-column">
          {filtering && !showingHits && (
            <div className="active-filters" aria-label="Active filters" data-testid="active-filters">
              {filter.factionIds.map((id, i) => (
                <span key={id} className="active-filter">
                  {i > 0 && <span className="filter-joiner muted small">{mode === 'any' ? 'or' : 'and'}</span>}
                  <button
                    type="button"
                    className={`chip removable bloc-${factionBloc(id)}`}
                    data-testid="active-filter"
                    onClick={() => toggleFaction(id)}
                    title="Remove this filter"
                  >
                    {factionName(id)}
                    {filter.withLineage ? ' + predecessors' : ''} ×
                  </button>
                </span>
              ))}
              {filter.blocs.map((b) => (
                <button key={b} type="button" className={`chip removable bloc-${b}`} data-testid="active-filter" onClick={() => toggleBloc(b)} title="Remove this filter">
                  bloc: {b.replace(/-/g, ' ')} ×
                </button>
              ))}
              {filter.tag && (
                <button type="button" className="chip removable" data-testid="active-filter" onClick={() => toggleTag(filter.tag ?? '')} title="Remove this filter">
                  #{filter.tag} ×
                </button>
              )}
              {filter.period && (
                <button type="button" className="chip removable" data-testid="active-filter" onClick={clearPeriod} title="Remove this filter">
                  {formatDate(filter.period.period)} ×
                </button>
              )}
            </div>
          )}
          {showingHits && filtering && <div className="active-filters muted small">Search covers the whole library.</div>}
          <ArticleList
            items={items}
            openId={openId}
            cursor={cursor}
            onOpen={(index) => {
              const item = items[index];
              if (item) openArticle(item.id);
            }}
            label={listLabel}
            empty={listEmpty}
          />
        </div>
        <main className="reader-pane">
          <div className="pane-bar">
            <ViewTabs
              view={view}
              onChange={(next) => {
                setView(next);
                if (next !== 'reader') setPanel(null);
              }}
            />
          </div>
          <div className="pane-body">
            <div className="reader-scroll" ref={readerScrollRef} tabIndex={-1}>
              {paneContent}
              {showAside && detail && <HighlightToolbar bodyRef={bodyRef} articleId={detail.id} onHighlight={addHighlight} />}
            </div>
            {showAside && detail && (
              <aside className="article-aside" aria-label="About this article">
                <div className="aside-scroll">
                  <FactionSidebar
                    factions={detail.factions}
                    people={detail.people}
                    step={stepState}
                    onSelect={selectEntity}
                    onStep={stepBy}
                    onClearStep={() => setStep(null)}
                    onOpenFaction={openFaction}
                    onRejectCurrent={rejectCurrentMention}
                  />
                  <HighlightsPanel
                    highlights={detail.highlights}
                    focusedId={focusedHighlightId}
                    editId={editHighlightId}
                    draftFor={(id) => highlightSaver.draftFor(id)}
                    onFocus={focusHighlight}
                    onComment={onHighlightComment}
                    onCommentBlur={() => void highlightSaver.flush()}
                    onColor={recolorHighlight}
                    onRemove={removeHighlight}
                  />
                </div>
                <div className="aside-fixed">
                  <TagEditor tags={detail.tags} knownTags={tags.map((t) => t.name)} onAdd={addTag} onRemove={removeTag} />
                  <NotesPanel key={detail.id} value={noteText} status={noteStatus} onChange={onNoteChange} onBlur={() => void saver.flush()} />
                </div>
              </aside>
            )}
          </div>
        </main>
      </div>
      {imp.report && (
        <ImportResults
          bridge={bridge}
          report={imp.report}
          onClose={imp.dismissReport}
          onOpenArticle={(id) => {
            openArticle(id);
          }}
          onRetry={imp.importPaths}
          onResolve={resolveNearDuplicate}
          busy={imp.busy}
        />
      )}
      {settingsOpen && <SettingsPanel bridge={bridge} onClose={() => setSettingsOpen(false)} />}
      {reclean && (
        <RecleanPanel
          key={recleanNonce}
          bridge={bridge}
          request={reclean}
          onClose={() => setReclean(null)}
          onFinished={onRecleanFinished}
          onRunningChange={setRecleanRunning}
          onOpenArticle={openArticle}
          titleOf={(id) => summaryOf(id)?.title ?? null}
        />
      )}
      {dragging && <DropOverlay />}
      <Toasts toasts={toasts} onDismiss={dismiss} />
    </div>
  );
}
