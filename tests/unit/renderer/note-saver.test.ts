import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from '../../../src/renderer/src/lib/base64';
import { NoteSaver, type NoteStatus } from '../../../src/renderer/src/lib/noteSaver';

describe('NoteSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save: (id: number, text: string) => Promise<{ savedAt: string }>) {
    const statuses: [number, NoteStatus['state']][] = [];
    const errors: string[] = [];
    const saver = new NoteSaver({
      save,
      onStatus: (id, s) => statuses.push([id, s.state]),
      onError: (_id, m) => errors.push(m),
      delayMs: 300,
    });
    return { saver, statuses, errors };
  }

  it('debounces typing into one save of the latest text', async () => {
    const save = vi.fn(async () => ({ savedAt: '2026-01-01T10:00:00Z' }));
    const { saver } = setup(save);
    saver.edit(1, 'a');
    saver.edit(1, 'ab');
    saver.edit(1, 'abc');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(1, 'abc');
    expect(saver.statusFor(1)).toEqual({ state: 'saved', at: '2026-01-01T10:00:00Z' });
    expect(saver.draftFor(1)).toBeUndefined();
  });

  it('flush sends the previous article at once and keeps its draft until confirmed', async () => {
    const gate: { release: () => void } = { release: () => undefined };
    const save = vi.fn(
      (_id: number, _text: string) =>
        new Promise<{ savedAt: string }>((resolve) => {
          gate.release = () => resolve({ savedAt: 'now' });
        }),
    );
    const { saver } = setup(save);
    saver.edit(1, 'note for one');
    const flushed = saver.flush();
    await Promise.resolve();
    expect(save).toHaveBeenCalledWith(1, 'note for one');
    expect(saver.draftFor(1)).toBe('note for one');
    gate.release();
    await flushed;
    expect(saver.draftFor(1)).toBeUndefined();
  });

  it('keeps the text after a failure and retries at the next flush', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk full');
      return { savedAt: 'later' };
    });
    const { saver, errors } = setup(save);
    saver.edit(2, 'important');
    await saver.flush();
    expect(errors).toEqual(['disk full']);
    expect(saver.statusFor(2)).toEqual({ state: 'error', message: 'disk full' });
    expect(saver.draftFor(2)).toBe('important');
    fail = false;
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith(2, 'important');
    expect(saver.statusFor(2)?.state).toBe('saved');
  });

  it('sends saves one after another so an older save never lands last', async () => {
    const order: string[] = [];
    const save = vi.fn(async (_id: number, text: string) => {
      await new Promise((r) => setTimeout(r, text === 'old' ? 50 : 1));
      order.push(text);
      return { savedAt: text };
    });
    const { saver } = setup(save);
    saver.edit(1, 'old');
    void saver.flush();
    saver.edit(1, 'new');
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await done;
    expect(order).toEqual(['old', 'new']);
  });
});

describe('bytesToBase64', () => {
  // Reference encoding one byte at a time, slow but plainly right.
  const reference = (bytes: Uint8Array): string => {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  };

  it('matches a byte-at-a-time encoding for sizes around the chunk boundaries', () => {
    for (const n of [0, 1, 2, 3, 4095, 4096, 49151, 49152, 49153, 200_001]) {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = (i * 31 + 7) & 0xff;
      expect(bytesToBase64(bytes)).toBe(reference(bytes));
    }
  });
});
