// An extraction worker: reads and prepares files (decode, clean, match; finishing them or not, see
// UnfinishedArticle) so several are prepared at once while the library thread stores them. Started by
// ExtractionPool.
import { parentPort, workerData } from 'node:worker_threads';
import { createMatcher, parseGazetteer } from '../factions';
import { UnsupportedFileError } from './extract-file';
import { prepareFile, readAndPrepareFile } from './prepare-file';
import { packPreparedFile, type TransferredFile } from './transferred-file';

export type ExtractionRequest =
  | { kind: 'prepare'; id: number; bytes: Uint8Array; fileName: string; diskPath: string | null }
  /** Read the file too: its bytes come back, moved rather than copied, with the result. */
  | { kind: 'read-and-prepare'; id: number; diskPath: string; fileName: string }
  /** The analyst edited the gazetteer: later files are matched with this one. */
  | { kind: 'gazetteer'; raw: unknown };

/** An error as it crosses threads (structured clone keeps neither its class nor its `code`). */
export interface ErrorReply {
  unsupported: boolean;
  message: string;
  code?: string;
}

export type ExtractionReply =
  /** Sent once, when the worker has built its matcher and takes files. */
  | { id: 0; ok: 'ready' }
  | { id: number; ok: true; file: TransferredFile }
  | ({ id: number; ok: false } & ErrorReply)
  | { id: number; ok: 'unreadable'; error: ErrorReply }
  | { id: number; ok: 'read'; bytes: Uint8Array; hash: string; file: TransferredFile | null; error: ErrorReply | null };

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');
const options = workerData as { gazetteer: unknown; finish: boolean };
let matcher = createMatcher(parseGazetteer(options.gazetteer));
port.postMessage({ id: 0, ok: 'ready' } satisfies ExtractionReply);

function errorReply(error: unknown): ErrorReply {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    unsupported: error instanceof UnsupportedFileError,
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

port.on('message', async (request: ExtractionRequest) => {
  if (request.kind === 'gazetteer') {
    matcher = createMatcher(parseGazetteer(request.raw));
    return;
  }
  if (request.kind === 'read-and-prepare') {
    const read = await readAndPrepareFile(request.diskPath, request.fileName, matcher, options.finish);
    if (read.kind === 'unreadable') {
      port.postMessage({ id: request.id, ok: 'unreadable', error: errorReply(read.error) } satisfies ExtractionReply);
      return;
    }
    const reply: ExtractionReply = {
      id: request.id,
      ok: 'read',
      bytes: read.bytes,
      hash: read.hash,
      file: read.result?.ok ? packPreparedFile(read.result.file) : null,
      error: read.result && !read.result.ok ? errorReply(read.result.error) : null,
    };
    port.postMessage(reply, [read.bytes.buffer as ArrayBuffer]);
    return;
  }
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, ok: true, file: packPreparedFile(await prepareFile(request.bytes, request.fileName, request.diskPath, matcher, options.finish)) };
  } catch (error) {
    reply = { id: request.id, ok: false, ...errorReply(error) };
  }
  port.postMessage(reply);
});
