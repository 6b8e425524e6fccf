// An extraction worker: prepares files (decode, clean, match, sign) so several are prepared at once
// while the library thread stores them. Started by ExtractionPool.
import { parentPort, workerData } from 'node:worker_threads';
import { createMatcher, loadGazetteer } from '../factions';
import { UnsupportedFileError } from './extract-file';
import { prepareFile } from './prepare-file';

export interface ExtractionRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  diskPath: string | null;
}

export type ExtractionReply =
  | { id: number; ok: true; file: Awaited<ReturnType<typeof prepareFile>> }
  | { id: number; ok: false; unsupported: boolean; message: string };

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');
const { gazetteerPath } = workerData as { gazetteerPath?: string };
const matcher = createMatcher(loadGazetteer(gazetteerPath));

port.on('message', async (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, ok: true, file: await prepareFile(request.bytes, request.fileName, request.diskPath, matcher) };
  } catch (error) {
    reply = { id: request.id, ok: false, unsupported: error instanceof UnsupportedFileError, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
