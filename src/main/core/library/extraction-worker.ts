// An extraction worker: prepares files (decode, clean, match, sign) so several are prepared at once
// while the library thread stores them. Started by ExtractionPool.
import { parentPort, workerData } from 'node:worker_threads';
import { createMatcher, parseGazetteer } from '../factions';
import { UnsupportedFileError } from './extract-file';
import { prepareFile } from './prepare-file';

export type ExtractionRequest =
  | { kind: 'prepare'; id: number; bytes: Uint8Array; fileName: string; diskPath: string | null }
  /** The analyst edited the gazetteer: later files are matched with this one. */
  | { kind: 'gazetteer'; raw: unknown };

export type ExtractionReply =
  | { id: number; ok: true; file: Awaited<ReturnType<typeof prepareFile>> }
  | { id: number; ok: false; unsupported: boolean; message: string };

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');
let matcher = createMatcher(parseGazetteer((workerData as { gazetteer: unknown }).gazetteer));

port.on('message', async (request: ExtractionRequest) => {
  if (request.kind === 'gazetteer') {
    matcher = createMatcher(parseGazetteer(request.raw));
    return;
  }
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, ok: true, file: await prepareFile(request.bytes, request.fileName, request.diskPath, matcher) };
  } catch (error) {
    reply = { id: request.id, ok: false, unsupported: error instanceof UnsupportedFileError, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
