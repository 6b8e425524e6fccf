// The core in a worker thread: the main process stays free for windows, menus and IPC while an import
// or a search runs. Input arrives already validated by the IPC boundary.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError, type CoreMethodName } from '../shared/api';
import { createCore } from './core/context';
import type { CoreWorkerData, FromCoreWorker, ToCoreWorker } from './core-protocol';

const port = parentPort;
if (!port) throw new Error('core-worker must run in a worker thread');
const send = (message: FromCoreWorker): void => port.postMessage(message);

try {
  const data = workerData as CoreWorkerData;
  const core = createCore({
    dbPath: data.dbPath,
    gazetteerPath: data.gazetteerPath,
    nativeBinding: data.nativeBinding,
    watchInbox: true,
    extractionWorkers: { workerFile: data.extractionWorkerFile },
  });
  core.onEvent((event, payload) => send({ kind: 'event', event, payload }));
  port.on('message', async (message: ToCoreWorker) => {
    if (message.kind === 'close') {
      core.close();
      port.close();
      return;
    }
    try {
      const handler = core.handlers[message.method as CoreMethodName] as ((input: unknown) => Promise<unknown>) | undefined;
      if (!handler) throw new ApiError('unknown-method', `The core has no method ${message.method}.`);
      send({ kind: 'reply', id: message.id, result: { ok: true, value: await handler(message.input) } });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'internal';
      const text = error instanceof Error ? error.message : String(error);
      send({ kind: 'reply', id: message.id, result: { ok: false, error: { code, message: text } } });
    }
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) });
}
