// The same main flow in the real Electron app, wherever an Electron binary exists. On machines where
// npm skipped Electron's download (ELECTRON_SKIP_BINARY_DOWNLOAD) it is skipped, and says so.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { PROJECT_ROOT, seedsAvailable, SEEDS_DIR } from '../../helpers/seeds';

const require = createRequire(import.meta.url);

/** Where npm put Electron's binary, read the way the electron package does, without its download fallback. */
function electronBinary(): string | null {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const electronVersion = (require('electron/package.json') as { version: string }).version;
const nativeBinding = path.join(PROJECT_ROOT, 'node_modules', '.dossier-native', `electron-${electronVersion}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
const reason = !binary
  ? 'SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD); the harness suite covers the same flow in Chromium.'
  : !existsSync(nativeBinding)
    ? `SKIPPED: better-sqlite3 has no Electron ${electronVersion} build; run: node scripts/install-electron-sqlite.mjs --force`
    : !seedsAvailable
      ? `SKIPPED: ../shared/seeds not found at ${SEEDS_DIR}`
      : null;
if (reason) console.log(`[electron e2e] ${reason}`);
test.skip(reason !== null, reason ?? '');

test.describe.configure({ mode: 'serial' });

async function launch(library: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary!,
    // The project folder, as `npm start` passes it: Electron reads package.json's main and makes this folder
    // the app path, where main finds resources/ and the Electron build of better-sqlite3. (Passing
    // out/main/index.js would make out/main the app path, and neither would be found.)
    args: [PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_LIBRARY: library },
  });
  const page = await app.firstWindow();
  await expect(page.getByTestId('search-input')).toBeVisible();
  return { app, page };
}

test('drop in the seeds, read, tag, note, search, quit and restart', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-'));
  const library = path.join(dir, 'library.sqlite');
  try {
    let { app, page } = await launch(library);
    // The native dialog cannot be clicked by a test; the window's API is what it would call.
    const report = await page.evaluate((seeds) => window.dossier.api.importPaths({ paths: [seeds] }), SEEDS_DIR);
    expect(report.files.filter((f) => f.status === 'imported')).toHaveLength(5);
    await expect(page.getByTestId('article-row')).toHaveCount(6);
    await page.getByTestId('article-row').filter({ hasText: "Syria's Idlib province seized by HTS" }).click();
    await page.getByTestId('faction-sidebar').locator('[data-testid="sidebar-faction"][data-entity-id="hayat-tahrir-al-sham"]').click();
    await expect(page.getByTestId('mention-step-position')).toContainText('1 / ');
    await page.getByTestId('tag-input').fill('idlib');
    await page.getByTestId('tag-input').press('Enter');
    await page.getByTestId('note-input').fill('Electron note');
    await expect(page.getByTestId('note-status')).toContainText(/Saved/);
    await page.getByTestId('search-input').fill('Rukban');
    await expect(page.getByTestId('article-row')).toHaveCount(1);
    // The renderer has no Node.
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
    await app.close();

    ({ app, page } = await launch(library));
    await expect(page.getByTestId('article-row')).toHaveCount(6);
    await page.getByTestId('article-row').filter({ hasText: "Syria's Idlib province seized by HTS" }).click();
    await expect(page.getByTestId('note-input')).toHaveValue('Electron note');
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
