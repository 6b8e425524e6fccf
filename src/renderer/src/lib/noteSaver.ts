// Saves notes as they are typed. One debounce timer for all articles; flush() sends everything that is
// pending (used on blur, article switch, page hide). Saves go out one after another, so a slow earlier
// save can never overwrite a later one. Text that has not been confirmed saved stays available through
// draftFor(), so switching away and back quickly shows what was typed, not what the core had before.

import { formatClock, sentence } from './format';

export type NoteStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; message: string };

export type SaveNote<K = number> = (articleId: K, text: string) => Promise<{ savedAt: string }>;

/** K is what a note belongs to: an article id by default, a faction id for faction notes. */
export interface NoteSaverOptions<K = number> {
  save: SaveNote<K>;
  onStatus: (articleId: K, status: NoteStatus) => void;
  onError?: (articleId: K, message: string) => void;
  delayMs?: number;
}

export class NoteSaver<K = number> {
  private readonly pending = new Map<K, string>();
  private readonly unsaved = new Map<K, string>();
  private readonly statuses = new Map<K, NoteStatus>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly delayMs: number;

  constructor(private readonly options: NoteSaverOptions<K>) {
    this.delayMs = options.delayMs ?? 300;
  }

  /** Records an edit; the save goes out after the debounce delay (or at the next flush). */
  edit(articleId: K, text: string): void {
    this.pending.set(articleId, text);
    this.unsaved.set(articleId, text);
    this.setStatus(articleId, { state: 'pending' });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Sends every pending edit now; resolves when all saves sent so far have settled. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = Array.from(this.pending.entries());
    this.pending.clear();
    for (const [articleId, text] of batch) this.send(articleId, text);
    return this.chain;
  }

  /** Text typed for this article that the core has not confirmed yet. */
  draftFor(articleId: K): string | undefined {
    return this.unsaved.get(articleId);
  }

  statusFor(articleId: K): NoteStatus | undefined {
    return this.statuses.get(articleId);
  }

  hasUnsaved(): boolean {
    return this.unsaved.size > 0;
  }

  private setStatus(articleId: K, status: NoteStatus): void {
    this.statuses.set(articleId, status);
    this.options.onStatus(articleId, status);
  }

  private send(articleId: K, text: string): void {
    this.setStatus(articleId, { state: 'saving' });
    this.chain = this.chain.then(async () => {
      try {
        const { savedAt } = await this.options.save(articleId, text);
        if (this.unsaved.get(articleId) === text) this.unsaved.delete(articleId);
        if (!this.pending.has(articleId)) this.setStatus(articleId, { state: 'saved', at: savedAt });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // Keep the text queued so the next flush (typing, blur, switching) tries again.
        if (!this.pending.has(articleId)) this.pending.set(articleId, this.unsaved.get(articleId) ?? text);
        this.setStatus(articleId, { state: 'error', message });
        this.options.onError?.(articleId, message);
      }
    });
  }
}

/** What a note's status line says; `idle` is the line shown before anything was typed. */
export function describeNoteStatus(status: NoteStatus, idle: string): string {
  switch (status.state) {
    case 'idle':
      return idle;
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const clock = formatClock(status.at);
      return clock ? `Saved ${clock}` : 'Saved';
    }
    case 'error':
      return `Couldn't save the note: ${sentence(status.message)} Your text is still here; it will retry when you type again.`;
  }
}
