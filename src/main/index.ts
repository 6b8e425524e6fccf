// The Electron shell: lifecycle, one secure window, the menu, dialogs and IPC wiring. Everything the
// product knows lives in ./core, which runs in a worker thread (see core-host.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPC_EVENT_CHANNEL, type ApiEventName, type ApiEvents, type ApiHandlers, type MenuCommand } from '../shared/api';
import { supportedExtensions } from './core/importer/formats/extensions';
import { startCoreWorker, type CoreHost } from './core-host';
import { createSenderCheck, registerApiHandlers } from './ipc';
import { electronSqliteBinding, gazetteerPathIn, resolveLibraryPath } from './paths';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, secureWebPreferences } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDevUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = path.join(here, '../renderer/index.html');
const rendererFileUrl = pathToFileURL(rendererFile).href;

/** How long the page gets to save a note being typed before its window closes. */
const FLUSH_GRACE_MS = 400;

let mainWindow: BrowserWindow | null = null;
let core: CoreHost | null = null;

function isAppUrl(url: string): boolean {
  if (rendererDevUrl && url.startsWith(rendererDevUrl)) return true;
  return url.split('#')[0].split('?')[0] === rendererFileUrl;
}

function sendEvent<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
}

function sendMenuCommand(command: MenuCommand): void {
  sendEvent('menuCommand', { command });
}

function lockDownSessions(): void {
  // Nothing leaves the machine: every request that is not the app's own page or assets is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, rendererDevUrl) });
  });
  // The page carries the same policy in a meta tag; the header also covers anything served in development.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#1b1d21',
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  let flushed = false;
  window.on('close', (event) => {
    // Give the page a moment to save the note being typed before the window goes. When the whole app
    // is quitting, before-quit has already done this.
    if (flushed || quitting) return;
    event.preventDefault();
    flushed = true;
    sendEvent('flushRequest', {});
    setTimeout(() => window.close(), FLUSH_GRACE_MS);
  });
  if (rendererDevUrl) void window.loadURL(rendererDevUrl);
  else void window.loadFile(rendererFile);
  return window;
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => sendMenuCommand('import-files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => sendMenuCommand('import-folder') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: () => sendMenuCommand('focus-search') },
        { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => sendMenuCommand('toggle-theme') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function chooseAndImport(handlers: ApiHandlers, input: { folders?: boolean }): Promise<Awaited<ReturnType<ApiHandlers['importPaths']>> | null> {
  const options: Electron.OpenDialogOptions = {
    title: input.folders ? 'Import folders into Dossier' : 'Import files into Dossier',
    properties: input.folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: input.folders ? undefined : [
      { name: 'Articles (text, Markdown, web pages, PDF, Word)', extensions: supportedExtensions().map((e) => e.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return null;
  return handlers.importPaths({ paths: result.filePaths });
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSessions();
  buildMenu();
  const appDir = app.getAppPath();
  const dbPath = resolveLibraryPath(process.argv, process.env, app.getPath('userData'));
  core = startCoreWorker(path.join(here, 'core-worker.js'), {
    dbPath,
    gazetteerPath: gazetteerPathIn(appDir),
    nativeBinding: electronSqliteBinding(appDir, process.versions.electron),
    extractionWorkerFile: path.join(here, 'extraction-worker.js'),
  });
  core.onEvent((event, payload) => sendEvent(event, payload));
  try {
    await core.ready;
  } catch (error) {
    dialog.showErrorBox(
      'Dossier could not open the library',
      `${error instanceof Error ? error.message : String(error)}\n\nLibrary file: ${dbPath}\nNothing was changed. If better-sqlite3 was built for another runtime, run: node scripts/install-electron-sqlite.mjs --force`,
    );
    app.exit(1);
    return;
  }
  const coreHandlers = core.handlers;
  const handlers: ApiHandlers = {
    ...coreHandlers,
    chooseAndImport: (input) => chooseAndImport(handlers, input),
    chooseInboxFolder: async () => {
      const options: Electron.OpenDialogOptions = { title: 'Choose the inbox folder Dossier watches', properties: ['openDirectory', 'createDirectory'] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      if (result.canceled || !result.filePaths[0]) return null;
      return handlers.updateSettings({ inboxFolder: result.filePaths[0] });
    },
  };
  registerApiHandlers(
    ipcMain,
    handlers,
    createSenderCheck((id) => mainWindow?.webContents.id === id, isAppUrl),
  );
  mainWindow = createWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow();
  });
}

let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !core) return;
  event.preventDefault();
  quitting = true;
  // First let the page save what is pending (its saves reach the core), then close the library.
  sendEvent('flushRequest', {});
  const running = core;
  setTimeout(() => void running.stop().finally(() => app.quit()), FLUSH_GRACE_MS);
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void start();
