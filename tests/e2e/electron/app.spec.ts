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

test('faction page, network and a highlight, as in the browser suite', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-'));
  const library = path.join(dir, 'library.sqlite');
  try {
    const { app, page } = await launch(library);
    await page.evaluate((seeds) => window.dossier.api.importPaths({ paths: [seeds] }), SEEDS_DIR);
    await expect(page.getByTestId('article-row')).toHaveCount(6);

    // The faction page from the library column, and its lineage.
    await page.locator('[data-testid="library-faction"][data-entity-id="hayat-tahrir-al-sham"]').hover();
    await page.locator('[data-testid="library-faction-page"][data-entity-id="hayat-tahrir-al-sham"]').click();
    await expect(page.getByTestId('faction-title')).toHaveText("Hay'at Tahrir al-Sham");
    await expect(page.getByTestId('lineage-event').filter({ hasText: 'Jabhat Fateh al-Sham' })).toHaveCount(1);

    // The co-mention network, from the keyboard.
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await expect(page.getByTestId('network-node').first()).toBeVisible();

    // A highlight on selected words, with h.
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await page.getByTestId('article-row').filter({ hasText: 'North Syria rebels join forces' }).click();
    await page.getByTestId('reader-body').evaluate((body) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('a conservative Sunni Islamist group') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'a conservative Sunni Islamist group'.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
    });
    await page.keyboard.press('h');
    await expect(page.getByTestId('user-highlight').filter({ hasText: 'a conservative Sunni Islamist group' })).toHaveCount(1);
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
