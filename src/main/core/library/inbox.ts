// The watched inbox: files saved into a chosen folder are imported by themselves. A file is taken once
// its size has stopped changing (browsers write downloads in several steps); files already in the
// library come back as duplicates and are passed over quietly.
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { collectFiles } from '../importer/collect-files';

export interface InboxOptions {
  folder: string;
  /** Imports the given paths and resolves when done. */
  importPaths: (paths: string[]) => Promise<void>;
  /** How long a file's size must stay the same before it is taken. */
  settleMs?: number;
  log?: (message: string) => void;
}

export class InboxWatcher {
  private watcher: FSWatcher | null = null;
  private readonly sizes = new Map<string, { size: number; since: number }>();
  private timer: NodeJS.Timeout | null = null;
  private importing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: InboxOptions) {}

  start(): void {
    const { folder } = this.options;
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`The inbox folder ${folder} does not exist or is not a folder.`);
    // Files already waiting in the folder are imported first.
    for (const entry of collectFiles([folder])) if (!entry.problem) this.noteFile(entry.path);
    this.watcher = watch(folder, { recursive: true }, (_event, name) => {
      if (name) this.noteFile(path.join(folder, name.toString()));
    });
    this.watcher.on('error', (error) => this.options.log?.(`Inbox watch stopped: ${error.message}`));
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Resolves when every file seen so far has been imported (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.sizes.size || this.timer) {
      await this.importing;
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.importing;
  }

  private noteFile(file: string): void {
    if (path.basename(file).startsWith('.')) return;
    this.sizes.set(file, { size: -1, since: Date.now() });
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sweep();
    }, Math.max(50, Math.floor((this.options.settleMs ?? 1000) / 2)));
  }

  private sweep(): void {
    const settle = this.options.settleMs ?? 1000;
    const ready: string[] = [];
    for (const [file, seen] of this.sizes) {
      let size: number;
      try {
        const stats = statSync(file);
        if (!stats.isFile()) {
          this.sizes.delete(file);
          continue;
        }
        size = stats.size;
      } catch {
        this.sizes.delete(file); // gone again (a browser's temporary file)
        continue;
      }
      if (size !== seen.size) this.sizes.set(file, { size, since: Date.now() });
      else if (Date.now() - seen.since >= settle) ready.push(file);
    }
    for (const file of ready) this.sizes.delete(file);
    if (ready.length) {
      this.importing = this.importing.then(() => this.options.importPaths(ready)).catch((error: unknown) => {
        this.options.log?.(`Inbox import failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    if (this.sizes.size) this.schedule();
  }
}
