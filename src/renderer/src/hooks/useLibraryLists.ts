import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DossierApi, DossierBridge } from '../../../shared/api';
import type { ArticleSummary, FactionSummary, GazetteerEntrySummary, LibraryFilter, TagCount } from '../../../shared/model';
import { filterKey, toLibraryFilter, type Filter } from '../lib/filter';
import { errorText, sentence } from '../lib/format';

export interface LibraryLists {
  /** Changes whenever the library changed; views that show library data reload on it. */
  reload: number;
  refresh: () => void;
  /** The filter as the core takes it, and a key that changes only when that does. */
  coreFilter: LibraryFilter;
  coreFilterKey: string;
  articles: ArticleSummary[] | null;
  listError: string | null;
  factions: FactionSummary[];
  tags: TagCount[];
  gazetteer: GazetteerEntrySummary[];
  suggestionCount: number;
  nearDuplicateCount: number;
  /** Every article summary seen so far, by id (search hits carry fewer fields). */
  summaryOf: (id: number) => ArticleSummary | undefined;
  /** Loads the whole list's summaries once, for hits the filtered list did not include. */
  learnAllSummaries: () => void;
  summaryVersion: number;
}

/** The lists the library column and the article list show, reloaded when the library changes. */
export function useLibraryLists(api: DossierApi, bridge: DossierBridge, filter: Filter, toast: (message: string) => void): LibraryLists {
  const [reload, setReload] = useState(0);
  const refresh = useCallback(() => setReload((n) => n + 1), []);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [factions, setFactions] = useState<FactionSummary[]>([]);
  const [tags, setTags] = useState<TagCount[]>([]);
  const [gazetteer, setGazetteer] = useState<GazetteerEntrySummary[]>([]);
  const [suggestionCount, setSuggestionCount] = useState(0);
  const [nearDuplicateCount, setNearDuplicateCount] = useState(0);
  const summaries = useRef(new Map<number, ArticleSummary>());
  const [summaryVersion, setSummaryVersion] = useState(0);

  const coreFilter = useMemo(() => toLibraryFilter(filter), [filter]);
  const coreFilterKey = filterKey(filter);
  const coreFilterRef = useRef(coreFilter);
  coreFilterRef.current = coreFilter;

  // Read through its key: a month picked on the timeline changes the filter but asks the core nothing new.
  useEffect(() => {
    let cancelled = false;
    api.listArticles(coreFilterRef.current).then(
      (list) => {
        if (cancelled) return;
        for (const a of list) summaries.current.set(a.id, a);
        setArticles(list);
        setListError(null);
      },
      (e: unknown) => {
        if (cancelled) return;
        const reason = errorText(e);
        setListError(reason);
        toast(`Couldn't load the article list: ${sentence(reason)} Try again in a moment; if it keeps failing, restart Dossier.`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, coreFilterKey, reload, toast]);

  useEffect(() => {
    let cancelled = false;
    api.listFactions({}).then(
      (list) => !cancelled && setFactions(list),
      (e: unknown) => !cancelled && toast(`Couldn't load the faction list: ${sentence(errorText(e))} Filters may be out of date; try again.`),
    );
    api.listTags({}).then(
      (list) => !cancelled && setTags(list),
      (e: unknown) => !cancelled && toast(`Couldn't load the tag list: ${sentence(errorText(e))} Try again in a moment.`),
    );
    api.listGazetteer({}).then(
      (list) => !cancelled && setGazetteer(list),
      (e: unknown) => !cancelled && toast(`Couldn't load the gazetteer: ${sentence(errorText(e))} Faction pickers may be incomplete; try again.`),
    );
    // The badges keep their last count on a failure; the views themselves report it.
    api.listFactionSuggestions({ status: 'open' }).then(
      (list) => !cancelled && setSuggestionCount(list.length),
      () => undefined,
    );
    api.listNearDuplicates({}).then(
      (list) => !cancelled && setNearDuplicateCount(list.length),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, reload, toast]);

  useEffect(() => bridge.on('libraryChanged', () => refresh()), [bridge, refresh]);

  const learnAllSummaries = useCallback(() => {
    api.listArticles({}).then(
      (all) => {
        for (const a of all) summaries.current.set(a.id, a);
        setSummaryVersion((n) => n + 1);
      },
      () => undefined,
    );
  }, [api]);
  const summaryOf = useCallback((id: number) => summaries.current.get(id), []);

  return {
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
  };
}
