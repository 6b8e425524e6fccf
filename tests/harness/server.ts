// Loopback test harness: serves the real renderer bundle (out/renderer) and the same API table the
// Electron main process serves over IPC, here over HTTP on 127.0.0.1, against the real core. A small
// bridge script stands in for the preload and defines window.dossier. Used by the Playwright suite and
// for screenshots; never listens beyond the loopback interface.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  API_METHOD_NAMES,
  ApiError,
  isApiMethodName,
  parseApiInput,
  type ApiEventName,
  type ApiEvents,
  type ApiHandlers,
  type ApiResult,
} from '../../src/shared/api';
import { createCore } from '../../src/main/core/context';
import { sourceExtractionWorker } from '../../src/main/core/library/extraction-pool';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');

export interface HarnessOptions {
  libraryPath: string;
  port?: number;
  rendererDir?: string;
  /** What the stand-in for the native open dialog "chooses". */
  dialogPaths?: string[];
  /** What the stand-in for the native folder dialog "chooses" as the inbox. */
  inboxDialogPath?: string;
}

export interface Harness {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function bridgeScript(): string {
  const source = readFileSync(path.join(here, 'bridge.ts'), 'utf8');
  const methods = JSON.stringify(API_METHOD_NAMES);
  return ts
    .transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } })
    .outputText.replace('__API_METHOD_NAMES__', methods)
    .replace(/^export \{\};?\s*$/m, '');
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? path.join(projectRoot, 'out', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No renderer bundle at ${rendererDir}: run "npm run build" first.`);
  }
  const core = createCore({ dbPath: options.libraryPath, watchInbox: true, inboxSettleMs: 300, extractionWorkers: sourceExtractionWorker() });
  const handlers: ApiHandlers = {
    ...core.handlers,
    async chooseAndImport() {
      const paths = options.dialogPaths ?? [];
      if (!paths.length) return null;
      return core.handlers.importPaths({ paths });
    },
    async chooseInboxFolder() {
      if (!options.inboxDialogPath) return null;
      return core.handlers.updateSettings({ inboxFolder: options.inboxDialogPath });
    },
  };
  const streams = new Set<ServerResponse>();
  core.onEvent(<E extends ApiEventName>(event: E, payload: ApiEvents[E]) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  });
  const bridge = bridgeScript();

  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/') && req.method === 'POST') return api(url.pathname.slice(5), req, res);
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      res.writeHead(200, { 'content-type': MIME['.js'] });
      res.end(bridge);
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (relative === 'index.html') {
      // The bridge must define window.dossier before the app's module script runs.
      body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__harness/bridge.js"></script>');
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  }

  async function api(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (result: ApiResult<unknown>): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    };
    if (!isApiMethodName(method)) return reply({ ok: false, error: { code: 'unknown-method', message: `There is no method ${method}.` } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let payload: unknown;
    try {
      payload = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return reply({ ok: false, error: { code: 'invalid-input', message: 'The request was not valid JSON.' } });
    }
    const parsed = parseApiInput(method, payload);
    if (!parsed.ok) return reply({ ok: false, error: { code: 'invalid-input', message: parsed.message } });
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      reply({ ok: true, value: await handler(parsed.value) });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'internal';
      reply({ ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } });
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.close();
    },
  };
}

// Run directly: tsx tests/harness/server.ts --library FILE [--port N] [--dialog PATH]... [--inbox-dialog DIR]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dialogPaths = args.flatMap((a, i) => (a === '--dialog' && args[i + 1] ? [path.resolve(args[i + 1])] : []));
  const inboxDialogPath = value('--inbox-dialog');
  const libraryPath = value('--library') ?? process.env.DOSSIER_LIBRARY;
  if (!libraryPath) {
    console.error('harness: --library FILE (or DOSSIER_LIBRARY) is required');
    process.exit(2);
  }
  startHarness({ libraryPath, port: Number(value('--port') ?? 0), dialogPaths, inboxDialogPath: inboxDialogPath && path.resolve(inboxDialogPath) })
    .then((harness) => {
      console.log(`Dossier harness listening on ${harness.url}`);
      const stop = (): void => void harness.close().finally(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      console.error(`harness: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
