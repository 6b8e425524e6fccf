// The main job end to end, in Debian's Chromium, on the real renderer bundle against the real core
// through the loopback harness: import the seeds, read with the faction sidebar, filter, tag, take a
// note, search, then reload and restart and find everything still there. No request may leave the
// loopback interface.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedsAvailable, SEEDS_DIR } from '../../helpers/seeds';
import { launchHarness, type RunningHarness } from './harness-process';

test.describe.configure({ mode: 'serial' });
test.skip(!seedsAvailable, `../shared/seeds not found at ${SEEDS_DIR}: the seed end-to-end flow is skipped`);

let dir: string;
let library: string;
let harness: RunningHarness;
const requests: string[] = [];

function watchNetwork(page: Page): void {
  page.on('request', (request) => requests.push(request.url()));
}

async function openHarness(page: Page): Promise<void> {
  watchNetwork(page);
  await page.goto(harness.url);
  await expect(page.getByTestId('search-input')).toBeVisible();
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
  library = path.join(dir, 'library.sqlite');
  harness = await launchHarness(library, [SEEDS_DIR]);
});

test.afterAll(async () => {
  await harness?.stop();
  rmSync(dir, { recursive: true, force: true });
  // Everything the page asked for was on the loopback harness.
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
});

test('imports the seed folder through Import… and shows six clean articles', async ({ page }) => {
  await openHarness(page);
  await page.getByTestId('import-button').click();
  const results = page.getByTestId('import-results');
  await expect(results).toBeVisible();
  await expect(results.locator('[data-testid="import-result-row"][data-status="imported"]')).toHaveCount(5);
  await expect(results.locator('[data-testid="import-result-row"][data-status="unsupported"]')).toHaveCount(1);
  await page.getByTestId('import-results-close').click();
  await expect(page.getByTestId('article-row')).toHaveCount(6);
  await expect(page.getByTestId('article-row-title')).toContainText([
    /Rapprochement Between Nusra/,
  ]);
});

test('reads an article with highlighted mentions and steps through a faction', async ({ page }) => {
  await openHarness(page);
  await page.getByTestId('article-row').filter({ hasText: "Syria's Idlib province seized by HTS" }).click();
  await expect(page.getByTestId('reader-title')).toHaveText("Syria's Idlib province seized by HTS militants after deal with rebels");
  const body = page.getByTestId('reader-body');
  await expect(body).not.toContainText('Read More »');
  await expect(body).not.toContainText('Stay informed with');
  const htsMarks = body.locator('[data-testid="mention"][data-entity-id="hayat-tahrir-al-sham"]');
  const count = await htsMarks.count();
  expect(count).toBeGreaterThan(5);

  const sidebar = page.getByTestId('faction-sidebar');
  const hts = sidebar.locator('[data-testid="sidebar-faction"][data-entity-id="hayat-tahrir-al-sham"]');
  await expect(hts.getByTestId('sidebar-faction-count')).toHaveText(String(count));
  await expect(sidebar.locator('[data-testid="sidebar-faction"][data-entity-id="jabhat-fateh-al-sham"]').getByTestId('lineage-hint')).toContainText(/Nusra/);

  await hts.click();
  await expect(page.getByTestId('mention-step-position')).toHaveText(`1 / ${count}`);
  await expect(htsMarks.first()).toHaveAttribute('data-current', 'true');
  await hts.click();
  await expect(page.getByTestId('mention-step-position')).toHaveText(`2 / ${count}`);
  await expect(htsMarks.nth(1)).toHaveAttribute('data-current', 'true');
  await expect(htsMarks.nth(1)).toBeInViewport();
});

test('keeps reader comments apart from the body', async ({ page }) => {
  await openHarness(page);
  await page.getByTestId('article-row').filter({ hasText: 'Syrian Islamists Make Quick Gains' }).click();
  await expect(page.getByTestId('reader-body')).not.toContainText('Once Nusra/Jund all Aqsa');
  await expect(page.getByTestId('reader-comments').getByTestId('comment')).toHaveCount(2);
  await expect(page.getByTestId('faction-sidebar').locator('[data-testid="sidebar-faction"][data-entity-id="al-qaeda"]')).toHaveCount(0);
});

test('filters the library by faction', async ({ page }) => {
  await openHarness(page);
  const jaa = page.getByTestId('library-factions').locator('[data-testid="library-faction"][data-entity-id="jund-al-aqsa"]');
  await expect(jaa.getByTestId('library-faction-count')).toHaveText('1');
  await jaa.click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await expect(page.getByTestId('article-row-title')).toHaveText('Syrian Islamists Make Quick Gains Against Rival Rebels');
  await page.getByTestId('clear-filters').click();
  await expect(page.getByTestId('article-row')).toHaveCount(6);
  const isis = page.getByTestId('library-factions').locator('[data-testid="library-faction"][data-entity-id="islamic-state"]');
  await isis.click();
  await expect(page.getByTestId('article-row')).toHaveCount(4);
  await page.getByTestId('clear-filters').click();
});

test('tags an article, writes a note, searches, and finds it all after reload and restart', async ({ page }) => {
  await openHarness(page);
  await page.getByTestId('article-row').filter({ hasText: 'North Syria rebels join forces' }).click();
  await page.getByTestId('tag-input').fill('infighting');
  await page.getByTestId('tag-input').press('Enter');
  await expect(page.locator('[data-testid="tag-chip"][data-tag="infighting"]')).toBeVisible();
  await expect(page.locator('[data-testid="library-tag"][data-tag="infighting"]')).toBeVisible();

  const note = 'Compare with the HTS merger of 28 January — check Malhis quote.';
  await page.getByTestId('note-input').fill(note);
  await expect(page.getByTestId('note-status')).toContainText(/Saved/);

  await page.getByTestId('search-input').fill('Rukban');
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('article-row').first().click();
  await expect(page.getByTestId('reader-title')).toHaveText('Syrian Authorities Announce Closure of Notorious Desert Camp');
  await expect(page.getByTestId('search-hit').first()).toHaveText(/Rukban/i);
  await page.getByTestId('search-input').fill('Malhis');
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('search-input').press('Escape');

  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(6);
  await page.locator('[data-testid="library-tag"][data-tag="infighting"]').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('article-row').first().click();
  await expect(page.getByTestId('note-input')).toHaveValue(note);

  // Quit and restart: a new core process on the same library file.
  await harness.stop();
  harness = await launchHarness(library, [SEEDS_DIR]);
  await openHarness(page);
  await expect(page.getByTestId('article-row')).toHaveCount(6);
  await page.getByTestId('article-row').filter({ hasText: 'North Syria rebels join forces' }).click();
  await expect(page.getByTestId('note-input')).toHaveValue(note);
  await expect(page.locator('[data-testid="tag-chip"][data-tag="infighting"]')).toBeVisible();
});

test('imports files dropped onto the window, reporting duplicates', async ({ page }) => {
  await openHarness(page);
  const seed = readFileSync(path.join(SEEDS_DIR, '002_cce89b5bd0d49e6e.txt')).toString('base64');
  const fresh = Buffer.from('Dropped field note\n\nA short note about Faylaq al-Sham positions near Atarib, written after a call with a local source on Tuesday.\n').toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ files }) => {
      const transfer = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: 'text/plain' }));
      }
      return transfer;
    },
    { files: [{ name: 'again.txt', base64: seed }, { name: 'field-note.txt', base64: fresh }] },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const results = page.getByTestId('import-results');
  await expect(results.locator('[data-testid="import-result-row"][data-status="duplicate"]')).toHaveCount(1);
  await expect(results.locator('[data-testid="import-result-row"][data-status="imported"]')).toHaveCount(1);
  await page.getByTestId('import-results-close').click();
  await expect(page.getByTestId('article-row')).toHaveCount(7);
});

test('the page refuses inline script, as its Content-Security-Policy says', async ({ page }) => {
  await openHarness(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.head.append(script);
    return document.body.dataset.inlineRan === 'yes';
  });
  expect(ran).toBe(false);
});
