// createCore wires the platform-free core: one library file, the gazetteer, the matcher, the search
// service and the API handler table. No globals: the CLI, the tests, the harness and the Electron
// worker each create their own.
import type { ApiEventName, ApiEvents } from '../../shared/api';
import { createMatcher, loadGazetteer, type FactionMatcher, type Gazetteer } from './factions';
import { createHandlers, readSettings, type CoreHandlers } from './handlers';
import { ImportJobs, pendingFromPaths, runImportBatch } from './library/import-batch';
import { InboxWatcher } from './library/inbox';
import { createExtractionPool } from './library/extraction-pool';
import { inThreadPreparer, type FilePreparer } from './library/prepare-file';
import { availableParallelism } from 'node:os';
import { rematchLibrary } from './library/derived-data';
import type { IngestContext } from './library/ingest-file';
import { SearchService } from './search/search-service';
import { openDatabase, type Db } from './store/database';
import { replaceGazetteerFactions, type FactionRecord } from './store/factions';
import { getMeta, setMeta } from './store/meta';

export interface CoreOptions {
  dbPath: string;
  gazetteerPath?: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Start watching the inbox folder saved in the settings (the app does; one-shot CLI commands don't). */
  watchInbox?: boolean;
  /** How long an inbox file's size must stay the same before it is imported. */
  inboxSettleMs?: number;
  /**
   * Clean and match files in worker threads (one per core) while this thread stores them. Without it
   * files are prepared in this thread, which is simpler and plenty for small imports and tests.
   */
  extractionWorkers?: { workerFile: string; eval?: boolean; size?: number };
}

export type CoreEventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

export interface Core {
  db: Db;
  gazetteer: Gazetteer;
  matcher: FactionMatcher;
  search: SearchService;
  handlers: CoreHandlers;
  onEvent(listener: CoreEventListener): () => void;
  /** Resolves when the inbox has imported every file it has seen. */
  inboxIdle(): Promise<void>;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  try {
    const gazetteer = loadGazetteer(options.gazetteerPath);
    const matcher = createMatcher(gazetteer);
    const knownEntityIds = syncGazetteer(db, gazetteer, matcher);
    const now = options.now ?? (() => new Date());
    const preparer: FilePreparer = options.extractionWorkers
      ? createExtractionPool({
          workerFile: options.extractionWorkers.workerFile,
          eval: options.extractionWorkers.eval,
          // One core stays with this thread, which stores what the workers prepare.
          size: options.extractionWorkers.size ?? Math.max(1, availableParallelism() - 1),
          gazetteerPath: options.gazetteerPath,
        })
      : inThreadPreparer(matcher);
    const ingest: IngestContext = { db, matcher, knownEntityIds, now: () => now().toISOString(), preparer };
    const search = new SearchService({ db, matcher });
    const listeners = new Set<CoreEventListener>();
    const emit: CoreEventListener = (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    };
    const jobs = new ImportJobs();
    let inbox: InboxWatcher | null = null;
    const configureInbox = (folder: string | null): void => {
      const next = folder ? new InboxWatcher({
        folder,
        settleMs: options.inboxSettleMs,
        importPaths: async (paths) => {
          const report = await runImportBatch(ingest, pendingFromPaths(paths), `inbox-${Date.now()}`, jobs, (p) => emit('importProgress', p));
          if (report.files.some((f) => f.status !== 'duplicate')) {
            search.invalidate();
            emit('inboxImported', report);
            emit('libraryChanged', { reason: 'inbox' });
          }
        },
      }) : null;
      next?.start();
      inbox?.stop();
      inbox = next;
    };
    const handlers = createHandlers({ db, gazetteer, matcher, search, ingest, emit, now, jobs, configureInbox });
    const savedInbox = readSettings(db).inboxFolder;
    if (options.watchInbox && savedInbox) {
      try {
        configureInbox(savedInbox);
      } catch {
        // The folder went away since it was chosen; the setting stays so the reader can see and change it.
      }
    }
    return {
      db,
      gazetteer,
      matcher,
      search,
      handlers,
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async inboxIdle() {
        await inbox?.idle();
      },
      close() {
        inbox?.stop();
        void preparer.close();
        listeners.clear();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Mirrors the shipped gazetteer into the library and, when it changed since the library last saw it,
 * re-derives every article's mentions so they follow the new data.
 */
function syncGazetteer(db: Db, gazetteer: Gazetteer, matcher: FactionMatcher): Set<string> {
  const knownIds = new Set(gazetteer.entries.map((e) => e.id));
  if (getMeta(db, 'gazetteer_version') === gazetteer.version) return knownIds;
  const records: FactionRecord[] = gazetteer.entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    bloc: entry.bloc,
    arabicName: entry.arabic[0] ?? null,
    aliases: [
      ...entry.aliases.map((alias) => ({ alias, kind: 'alias' })),
      ...entry.acronyms.map((alias) => ({ alias, kind: 'acronym' })),
      ...entry.arabic.map((alias) => ({ alias, kind: 'arabic' })),
      ...entry.misspellings.map((alias) => ({ alias, kind: 'misspelling' })),
    ],
    lineage: entry.lineage.map((link) => ({ toId: link.target, relation: link.relation, date: link.date })),
  }));
  db.transaction(() => {
    replaceGazetteerFactions(db, records);
    setMeta(db, 'gazetteer_version', gazetteer.version);
  })();
  rematchLibrary(db, matcher, knownIds);
  return knownIds;
}
