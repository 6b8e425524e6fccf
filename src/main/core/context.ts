// createCore wires the platform-free core: one library file, the faction engine (shipped gazetteer +
// the analyst's edits), the search service, the import machinery and the API handler table. No
// globals: the CLI, the tests, the harness and the Electron worker each create their own.
import { availableParallelism } from 'node:os';
import type { ApiEventName, ApiEvents } from '../../shared/api';
import { currentId } from './faction-admin/effective-gazetteer';
import { FactionEngine } from './faction-admin/faction-engine';
import { Retagger } from './faction-admin/retagger';
import type { FactionMatcher, Gazetteer } from './factions';
import { createHandlers, readSettings, type CoreHandlers } from './handlers';
import { rematchLibrary } from './library/derived-data';
import { createExtractionPool } from './library/extraction-pool';
import { ImportJobs, pendingFromPaths, runImportBatch } from './library/import-batch';
import { InboxWatcher } from './library/inbox';
import type { IngestContext } from './library/ingest-file';
import { inThreadPreparer, type FilePreparer } from './library/prepare-file';
import { SearchService } from './search/search-service';
import { openDatabase, type Db } from './store/database';
import { moveNotesOfRetiredFactions } from './store/faction-edits';
import { replaceGazetteerFactions } from './store/factions';
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
   * Clean and match files in worker threads (one per spare core) while this thread stores them.
   * Without it files are prepared in this thread, which is simpler and plenty for small imports and tests.
   */
  extractionWorkers?: { workerFile: string; eval?: boolean; size?: number };
}

export type CoreEventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

export interface Core {
  db: Db;
  engine: FactionEngine;
  /** The current effective gazetteer and matcher (they change when the analyst edits factions). */
  readonly gazetteer: Gazetteer;
  readonly matcher: FactionMatcher;
  search: SearchService;
  handlers: CoreHandlers;
  onEvent(listener: CoreEventListener): () => void;
  /** Resolves when the inbox has imported every file it has seen. */
  inboxIdle(): Promise<void>;
  /** Resolves when no background re-tag is pending. */
  retagIdle(): Promise<void>;
  /** Resolves when the extraction workers have started (the bench times imports from there, as a user imports into a running app). */
  extractionReady(): Promise<void>;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  try {
    const engine = FactionEngine.fromFile(db, options.gazetteerPath);
    adoptRetiredIds(db, engine.gazetteer.retired);
    mirrorFactions(db, engine);
    if (getMeta(db, 'gazetteer_version') !== engine.gazetteer.version) {
      // The shipped data changed since this library last saw it: re-derive the mentions now.
      rematchLibrary(db, engine.matcher, engine.knownIds);
      setMeta(db, 'gazetteer_version', engine.gazetteer.version);
    }
    const now = options.now ?? (() => new Date());
    const preparer: FilePreparer = options.extractionWorkers
      ? createExtractionPool({
          workerFile: options.extractionWorkers.workerFile,
          eval: options.extractionWorkers.eval,
          // One core stays with this thread, which stores what the workers prepare.
          size: options.extractionWorkers.size ?? Math.max(1, availableParallelism() - 1),
          gazetteer: engine.raw,
        })
      : inThreadPreparer(() => engine.matcher);
    const ingest: IngestContext = { db, matcher: engine.matcher, knownEntityIds: engine.knownIds, now: () => now().toISOString(), preparer };
    const search = new SearchService({ db, matcher: () => engine.matcher });
    const listeners = new Set<CoreEventListener>();
    const emit: CoreEventListener = (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    };
    engine.onReload((current) => {
      adoptRetiredIds(db, current.gazetteer.retired);
      ingest.matcher = current.matcher;
      ingest.knownEntityIds = current.knownIds;
      preparer.updateGazetteer(current.raw);
      mirrorFactions(db, current);
      search.invalidate();
    });
    const retagger = new Retagger(db, engine, (progress) => emit('retagProgress', progress), () => {
      search.invalidate();
      emit('libraryChanged', { reason: 'retag' });
    });
    const jobs = new ImportJobs();
    let inbox: InboxWatcher | null = null;
    const configureInbox = (folder: string | null): void => {
      const next = folder
        ? new InboxWatcher({
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
          })
        : null;
      next?.start();
      inbox?.stop();
      inbox = next;
    };
    const handlers = createHandlers({ db, engine, search, ingest, emit, now, jobs, configureInbox, retagger });
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
      engine,
      get gazetteer() {
        return engine.gazetteer;
      },
      get matcher() {
        return engine.matcher;
      },
      search,
      handlers,
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async inboxIdle() {
        await inbox?.idle();
      },
      retagIdle: () => retagger.idle(),
      extractionReady: async () => {
        await preparer.ready;
      },
      close() {
        retagger.stop();
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

/** Notes written on a faction that has since been folded into another follow it there. */
function adoptRetiredIds(db: Db, retired: Readonly<Record<string, string>>): void {
  db.transaction(() => moveNotesOfRetiredFactions(db, retired, (id) => currentId(retired, id)))();
}

function mirrorFactions(db: Db, engine: FactionEngine): void {
  db.transaction(() => replaceGazetteerFactions(db, engine.records()))();
}
