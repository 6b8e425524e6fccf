// Messages between the main process and the core's worker thread.
import type { ApiEventName, ApiEvents, ApiMethodName, ApiResult } from '../shared/api';

export interface CoreWorkerData {
  dbPath: string;
  gazetteerPath: string;
  nativeBinding?: string;
  /** The built extraction worker (out/main/extraction-worker.js). */
  extractionWorkerFile: string;
}

export type ToCoreWorker = { kind: 'call'; id: number; method: ApiMethodName; input: unknown } | { kind: 'close' };

export type FromCoreWorker =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'reply'; id: number; result: ApiResult<unknown> }
  | { kind: 'event'; event: ApiEventName; payload: ApiEvents[ApiEventName] };
