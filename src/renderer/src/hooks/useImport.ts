import { useCallback, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { ImportFileOutcome, ImportReport } from '../../../shared/model';
import { fileToBase64 } from '../lib/base64';
import type { DroppedItems, NamedFile } from '../lib/drop';
import { errorText, plural, sentence } from '../lib/format';

/**
 * What the renderer itself is doing before the core reports progress (reading dropped files into
 * memory). The core's own progress events are followed by the ImportProgress component alone, so a
 * progress event every 100 ms re-renders that component, not the app.
 */
export interface ImportActivity {
  done: number;
  total: number;
  current: string | null;
}

const MAX_PATHS_PER_CALL = 10_000;
const MAX_FILES_PER_CALL = 200;
const MAX_BYTES_PER_CALL = 24 * 1024 * 1024;
/** base64 grows by 4/3 and the API accepts up to 100 MiB of it per file. */
const MAX_FILE_BYTES = Math.floor((100 * 1024 * 1024 * 3) / 4) - 1024;

export interface UseImport {
  activity: ImportActivity | null;
  report: ImportReport | null;
  importDropped: (items: DroppedItems) => void;
  /** The native open dialog; `folders` picks folders (imported recursively) instead of files. */
  chooseAndImport: (options?: { folders?: boolean }) => void;
  /** Imports these paths on disk again (the summary's "Retry failed"). */
  importPaths: (paths: string[]) => void;
  dismissReport: () => void;
  /** True while any import this window started is running. */
  busy: boolean;
}

export function useImport(
  bridge: DossierBridge,
  options: { onFinished: () => void; onError: (message: string) => void },
): UseImport {
  const [busy, setBusy] = useState(0);
  const [local, setLocal] = useState<{ done: number; total: number; current: string | null } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const opts = useRef(options);
  opts.current = options;

  const enqueue = useCallback((job: () => Promise<ImportFileOutcome[] | null>) => {
    setBusy((n) => n + 1);
    queue.current = queue.current.then(async () => {
      try {
        const files = await job();
        if (files) setReport({ files });
      } finally {
        setBusy((n) => n - 1);
        setLocal(null);
        opts.current.onFinished();
      }
    });
  }, []);

  const importDropped = useCallback(
    (items: DroppedItems) => {
      const total = items.paths.length + items.files.length;
      if (total === 0) return;
      enqueue(async () => {
        const api = bridge.api;
        const outcomes: ImportFileOutcome[] = [];
        let done = 0;
        setLocal({ done, total, current: null });

        for (let i = 0; i < items.paths.length; i += MAX_PATHS_PER_CALL) {
          const paths = items.paths.slice(i, i + MAX_PATHS_PER_CALL);
          try {
            outcomes.push(...(await api.importPaths({ paths })).files);
          } catch (e) {
            const reason = errorText(e);
            opts.current.onError(
              `Couldn't import ${plural(paths.length, 'dropped item')}: ${sentence(reason)} Nothing was added from them; try dropping them again.`,
            );
            for (const path of paths) outcomes.push({ path, status: 'failed', articles: [], error: reason });
          }
          done += paths.length;
          setLocal({ done, total, current: null });
        }

        let batch: { name: string; base64: string }[] = [];
        let batchBytes = 0;
        const send = async (): Promise<void> => {
          if (batch.length === 0) return;
          const files = batch;
          batch = [];
          batchBytes = 0;
          try {
            outcomes.push(...(await api.importContents({ files })).files);
          } catch (e) {
            const reason = errorText(e);
            opts.current.onError(
              `Couldn't import ${plural(files.length, 'file')}: ${sentence(reason)} Nothing was added from them; try again.`,
            );
            for (const f of files) outcomes.push({ path: f.name, status: 'failed', articles: [], error: reason });
          }
        };
        const read = async (nf: NamedFile): Promise<void> => {
          if (nf.file.size > MAX_FILE_BYTES) {
            outcomes.push({
              path: nf.name,
              status: 'failed',
              articles: [],
              error: `The file is ${Math.round(nf.file.size / 1024 / 1024)} MB; files dropped without a path on disk can be at most 75 MB. Use Import… instead.`,
            });
            return;
          }
          let base64: string;
          try {
            base64 = await fileToBase64(nf.file);
          } catch (e) {
            outcomes.push({
              path: nf.name,
              status: 'failed',
              articles: [],
              error: `Couldn't read the file (${errorText(e)}). If it is a folder, drop the files inside it instead.`,
            });
            return;
          }
          if (batch.length >= MAX_FILES_PER_CALL || batchBytes + base64.length > MAX_BYTES_PER_CALL) await send();
          batch.push({ name: nf.name, base64 });
          batchBytes += base64.length;
        };
        for (const nf of items.files) {
          setLocal({ done, total, current: nf.name });
          await read(nf);
          done += 1;
        }
        setLocal({ done, total, current: null });
        await send();
        return outcomes;
      });
    },
    [bridge, enqueue],
  );

  const chooseAndImport = useCallback((options: { folders?: boolean } = {}) => {
    enqueue(async () => {
      try {
        const r = await bridge.api.chooseAndImport({ folders: options.folders === true });
        return r ? r.files : null;
      } catch (e) {
        opts.current.onError(`Couldn't import: ${sentence(errorText(e))} Try again, or drag the files onto the window.`);
        return null;
      }
    });
  }, [bridge, enqueue]);

  const importPaths = useCallback(
    (paths: string[]) => {
      if (paths.length === 0) return;
      enqueue(async () => {
        const outcomes: ImportFileOutcome[] = [];
        for (let i = 0; i < paths.length; i += MAX_PATHS_PER_CALL) {
          const chunk = paths.slice(i, i + MAX_PATHS_PER_CALL);
          try {
            outcomes.push(...(await bridge.api.importPaths({ paths: chunk })).files);
          } catch (e) {
            const reason = errorText(e);
            opts.current.onError(
              `Couldn't import ${plural(chunk.length, 'file')} again: ${sentence(reason)} Nothing was added from them; try again in a moment.`,
            );
            for (const path of chunk) outcomes.push({ path, status: 'failed', articles: [], error: reason });
          }
        }
        return outcomes;
      });
    },
    [bridge, enqueue],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  const activity: ImportActivity | null = busy > 0 && local ? local : null;

  return { activity, report, importDropped, chooseAndImport, importPaths, dismissReport, busy: busy > 0 };
}
