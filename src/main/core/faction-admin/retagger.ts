// After a gazetteer edit the whole library is re-tagged in the background: mentions are re-derived in
// chunks, each chunk its own transaction, with the event loop free between chunks so the reader can go
// on working. A newer edit restarts the pass with the newer gazetteer.
import type { RetagProgress } from '../../../shared/model';
import { loadForRematch, rematchArticles } from '../library/derived-data';
import { statement, type Db } from '../store/database';
import { setMeta } from '../store/meta';
import type { FactionEngine } from './faction-engine';

const CHUNK = 400;

export class Retagger {
  private generation = 0;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly engine: FactionEngine,
    private readonly onProgress: (progress: RetagProgress) => void,
    private readonly onDone: () => void,
  ) {}

  /** Starts (or restarts) a re-tag of the whole library. */
  schedule(reason: string): void {
    if (this.stopped) return;
    const generation = ++this.generation;
    this.running = this.running.then(() =>
      this.run(generation, reason).catch((error: unknown) => {
        // A failed pass leaves the library's gazetteer version behind the engine's, so the next start
        // re-derives every mention; until then the reader is told instead of left with a silent gap.
        if (this.stopped) return;
        const message = error instanceof Error ? error.message : String(error);
        this.onProgress({ done: 0, total: 0, finished: true, reason, error: `Re-tagging stopped: ${message}. It runs again when Dossier next starts.` });
      }),
    );
  }

  /**
   * Stops for good: the pass in hand ends after its current chunk and nothing new starts. Called before
   * the database closes; an unfinished pass is redone at the next start because the library's recorded
   * gazetteer version no longer matches.
   */
  stop(): void {
    this.stopped = true;
    this.generation++;
  }

  private current(generation: number): boolean {
    return !this.stopped && generation === this.generation;
  }

  /** Resolves when no re-tag is pending. */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.running;
      await seen;
    } while (seen !== this.running);
  }

  private async run(generation: number, reason: string): Promise<void> {
    // Let the edit that scheduled this pass answer first: the reader sees the correction at once and
    // the re-tag's progress after it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.current(generation)) return; // stopped, or a newer edit will run its own pass
    const ids = (statement(this.db, `SELECT id FROM articles ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
    const progress: RetagProgress = { done: 0, total: ids.length, finished: false, reason };
    this.onProgress({ ...progress });
    for (let i = 0; i < ids.length; i += CHUNK) {
      if (!this.current(generation)) return;
      const { matcher, knownIds } = this.engine;
      const chunk = ids.slice(i, i + CHUNK);
      this.db.transaction(() => rematchArticles(this.db, matcher, knownIds, loadForRematch(this.db, chunk[0], chunk[chunk.length - 1])))();
      progress.done = Math.min(ids.length, i + CHUNK);
      this.onProgress({ ...progress });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!this.current(generation)) return;
    setMeta(this.db, 'gazetteer_version', this.engine.gazetteer.version);
    progress.finished = true;
    this.onProgress({ ...progress });
    this.onDone();
  }
}
