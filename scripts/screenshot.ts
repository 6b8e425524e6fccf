// Takes the README's screenshots: the real renderer on the loopback harness with the seeds imported.
// npx tsx scripts/screenshot.ts [seeds folder]   (needs "npm run build" first and Debian's Chromium)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startHarness } from '../tests/harness/server';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seeds = path.resolve(process.argv[2] ?? path.join(root, '../shared/seeds'));

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-shot-'));
  const harness = await startHarness({ libraryPath: path.join(dir, 'library.sqlite'), dialogPaths: [seeds] });
  const browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
      await page.goto(harness.url);
      if ((await page.getByTestId('article-row').count()) === 0) {
        await page.getByTestId('import-button').click();
        await page.getByTestId('import-results-close').click();
      }
      await page.getByTestId('article-row').filter({ hasText: 'North Syria rebels join forces' }).click();
      await page.locator('[data-testid="sidebar-faction"][data-entity-id="jabhat-fateh-al-sham"]').click();
      await page.waitForTimeout(300);
      const file = path.join(root, 'docs', scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
