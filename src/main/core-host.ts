// Main-process side of the core worker: turns the worker into an API handler table, so the IPC wiring
// does not know (or care) that the core lives in another thread.
import { Worker } from 'node:worker_threads';
import { ApiError, API_METHOD_NAMES, SHELL_METHODS, type ApiEventName, type ApiEvents, type ApiHandlers, type ApiResult, type CoreMethodName } from '../shared/api';
import type { CoreWorkerData, FromCoreWorker, ToCoreWorker } from './core-protocol';

export interface CoreHost {
  handlers: ApiHandlers<CoreMethodName>;
  onEvent(listener: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void): void;
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startCoreWorker(workerFile: string, data: CoreWorkerData): CoreHost {
  const worker = new Worker(workerFile, { workerData: data });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const listeners: (<E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void)[] = [];
  let nextId = 1;
  let failure: string | null = null;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromCoreWorker) => {
      switch (message.kind) {
        case 'ready':
          resolve();
          break;
        case 'fatal':
          failure = message.message;
          reject(new Error(message.message));
          break;
        case 'reply':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          break;
        case 'event':
          for (const listener of listeners) listener(message.event, message.payload);
          break;
      }
    });
    worker.on('error', (error) => {
      failure = error.message;
      reject(error);
      for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal', message: `The library stopped: ${error.message}` } });
      pending.clear();
    });
  });

  const call = (method: CoreMethodName, input: unknown): Promise<unknown> => {
    if (failure) return Promise.reject(new Error(`The library could not be opened: ${failure}`));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (result) => (result.ok ? resolve(result.value) : reject(new ApiError(result.error.code, result.error.message))));
      const message: ToCoreWorker = { kind: 'call', id, method, input };
      worker.postMessage(message);
    });
  };

  const shell = new Set<string>(SHELL_METHODS);
  const handlers = Object.fromEntries(
    API_METHOD_NAMES.filter((m) => !shell.has(m)).map((method) => [method, (input: unknown) => call(method as CoreMethodName, input)]),
  ) as unknown as ApiHandlers<CoreMethodName>;

  return {
    handlers,
    ready,
    onEvent(listener) {
      listeners.push(listener);
    },
    /** Lets calls in flight (a note being saved as the window closes) finish, then closes the library. */
    async stop() {
      const deadline = Date.now() + 3000;
      while (pending.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ kind: 'close' } satisfies ToCoreWorker);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      await worker.terminate();
    },
  };
}
