// One loop over the API table: check the sender, parse the payload, call the handler, reply with a
// Result. Electron is passed in (not imported) so a test can drive this with a stand-in ipcMain.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  API_METHOD_NAMES,
  ApiError,
  ipcChannelFor,
  parseApiInput,
  type ApiHandlers,
  type ApiMethodName,
  type ApiResult,
} from '../shared/api';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export function registerApiHandlers(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedSender: SenderCheck,
  log: (message: string, error?: unknown) => void = console.error,
): () => void {
  for (const method of API_METHOD_NAMES) {
    ipcMain.handle(ipcChannelFor(method), (event, payload: unknown) => invoke(method, event, payload));
  }

  async function invoke(method: ApiMethodName, event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResult<unknown>> {
    if (!isTrustedSender(event)) {
      log(`Refused ${method} from an untrusted sender (${event.senderFrame?.url ?? 'unknown frame'})`);
      return { ok: false, error: { code: 'forbidden', message: 'This window is not allowed to use Dossier.' } };
    }
    const parsed = parseApiInput(method, payload);
    if (!parsed.ok) return { ok: false, error: { code: 'invalid-input', message: parsed.message } };
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.value) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`${method} failed`, error);
      // The renderer is untrusted: it gets a message for people, never a stack trace.
      return {
        ok: false,
        error: { code: 'internal', message: `${method} failed: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
  }

  return () => {
    for (const method of API_METHOD_NAMES) ipcMain.removeHandler(ipcChannelFor(method));
  };
}

/** Only the app's own main frame, showing the app's own page, may call the core. */
export function createSenderCheck(isOwnWebContents: (id: number) => boolean, isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || !isOwnWebContents(event.sender.id)) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  };
}
