// Takes the README's screenshots on the real renderer through the loopback harness:
//   docs/screenshot.png, docs/screenshot-dark.png   the seeds imported, an article read with its factions
//   docs/faction-page.png, docs/network.png          the seeds and the annotated faction fixtures imported
// npx tsx scripts/screenshot.ts [seeds folder]   (needs "npm run build" first and Debian's Chromium)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeFactionFixtureFiles } from '../tests/helpers/faction-fixture-files';
import { startHarness } from '../tests/harness/server';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seeds = path.resolve(process.argv[2] ?? path.join(root, '../shared/seeds'));

async function withLibrary(browser: Browser, folders: string[], shoot: (open: (scheme: 'light' | 'dark') => Promise<Page>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-shot-'));
  const harness = await startHarness({ libraryPath: path.join(dir, 'library.sqlite'), dialogPaths: folders });
  try {
    await shoot(async (scheme) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
      await page.goto(harness.url);
      if ((await page.getByTestId('article-row').count()) === 0) {
        await page.getByTestId('import-button').click();
        await page.getByTestId('import-results-close').click();
      }
      return page;
    });
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function save(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  const file = path.join(root, 'docs', name);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await withLibrary(browser, [seeds], async (open) => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(scheme);
        await page.getByTestId('article-row').filter({ hasText: 'North Syria rebels join forces' }).click();
        await page.locator('[data-testid="sidebar-faction"][data-entity-id="jabhat-fateh-al-sham"]').click();
        await save(page, scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
        await page.close();
      }
    });
    const fixtures = mkdtempSync(path.join(os.tmpdir(), 'dossier-shot-fixtures-'));
    writeFactionFixtureFiles(fixtures);
    await withLibrary(browser, [seeds, fixtures], async (open) => {
      const page = await open('light');
      await page.locator('[data-testid="library-faction-page"][data-entity-id="hayat-tahrir-al-sham"]').click();
      await save(page, 'faction-page.png');
      await page.getByTestId('clear-filters').click();
      await page.locator('[data-testid="view-tab"][data-view="network"]').click();
      await page.locator('[data-testid="network-node"][data-entity-id="ahrar-al-sham"]').hover();
      await save(page, 'network.png');
      await page.close();
    });
    rmSync(fixtures, { recursive: true, force: true });
  } finally {
    await browser.close();
  }
}

void main();
