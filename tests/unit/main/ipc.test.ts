import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHOD_NAMES, ipcChannelFor, type ApiHandlers, type ApiResult } from '../../../src/shared/api';
import { createSenderCheck, registerApiHandlers, type IpcMainLike } from '../../../src/main/ipc';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<ApiResult<unknown>>;

/** A stand-in for Electron's ipcMain that records what is registered. */
function fakeIpcMain() {
  const channels = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel: string, listener: unknown) => {
      channels.set(channel, listener as Listener);
    },
    removeHandler: (channel: string) => {
      channels.delete(channel);
    },
  } as IpcMainLike;
  return { ipcMain, channels };
}

const APP_URL = 'file:///app/out/renderer/index.html';

function fakeEvent(options: { senderId?: number; url?: string; subframe?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url: options.url ?? APP_URL };
  const senderFrame = options.subframe ? { url: options.url ?? APP_URL } : mainFrame;
  return { sender: { id: options.senderId ?? 1, mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

function handlerTable(): ApiHandlers {
  const table = Object.fromEntries(API_METHOD_NAMES.map((m) => [m, vi.fn(async () => `${m} ran`)]));
  return table as unknown as ApiHandlers;
}

const trusted = createSenderCheck((id) => id === 1, (url) => url === APP_URL);

describe('main process IPC wiring', () => {
  it('registers one channel for every method of the API table', () => {
    const { ipcMain, channels } = fakeIpcMain();
    registerApiHandlers(ipcMain, handlerTable(), trusted);
    expect([...channels.keys()].sort()).toEqual(API_METHOD_NAMES.map(ipcChannelFor).sort());
  });

  it('calls the handler with parsed input from the app window', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const handlers = handlerTable();
    registerApiHandlers(ipcMain, handlers, trusted);
    const result = await channels.get(ipcChannelFor('addTag'))!(fakeEvent(), { articleId: 3, tag: '  Idlib ' });
    expect(result).toEqual({ ok: true, value: 'addTag ran' });
    expect(handlers.addTag).toHaveBeenCalledWith({ articleId: 3, tag: 'Idlib' });
  });

  it('rejects a malformed payload without calling the handler', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const handlers = handlerTable();
    registerApiHandlers(ipcMain, handlers, trusted);
    for (const payload of [{ articleId: 'x', tag: 'a' }, { articleId: 1 }, { articleId: 1, tag: 'a', extra: true }, 'nonsense', null]) {
      const result = await channels.get(ipcChannelFor('addTag'))!(fakeEvent(), payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(handlers.addTag).not.toHaveBeenCalled();
  });

  it('rejects calls from a foreign sender, another page or a subframe', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const handlers = handlerTable();
    registerApiHandlers(ipcMain, handlers, trusted, () => {});
    const invoke = channels.get(ipcChannelFor('listArticles'))!;
    for (const event of [fakeEvent({ senderId: 2 }), fakeEvent({ url: 'https://example.com/' }), fakeEvent({ subframe: true })]) {
      const result = await invoke(event, {});
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    }
    expect(handlers.listArticles).not.toHaveBeenCalled();
  });

  it('answers a failing handler with a message, never a stack trace', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const handlers = handlerTable();
    (handlers as unknown as Record<string, unknown>).listTags = vi.fn(async () => {
      throw new Error('disk full');
    });
    registerApiHandlers(ipcMain, handlers, trusted, () => {});
    const result = await channels.get(ipcChannelFor('listTags'))!(fakeEvent(), {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'listTags failed: disk full' } });
  });

  it('removes every channel it registered', () => {
    const { ipcMain, channels } = fakeIpcMain();
    const unregister = registerApiHandlers(ipcMain, handlerTable(), trusted);
    unregister();
    expect(channels.size).toBe(0);
  });
});
