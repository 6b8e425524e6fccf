// The reader's own highlights end to end, in Debian's Chromium on the real renderer against the real core:
// select words in the article, highlight them (toolbar and keyboard), write a note on one, find the
// article by that note, see every highlight in the library's view, and find them all after a re-clean
// and a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedsAvailable, SEEDS_DIR } from '../../helpers/seeds';
import { launchHarness, type RunningHarness } from './harness-process';

test.describe.configure({ mode: 'serial' });
test.skip(!seedsAvailable, `../shared/seeds not found at ${SEEDS_DIR}: the highlights flow is skipped`);

let dir: string;
let library: string;
let harness: RunningHarness;
const ARTICLE = 'North Syria rebels join forces';
const PHRASE = 'a conservative Sunni Islamist group';
const SECOND = 'multi-faction group operating in Idlib';

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-highlights-'));
  library = path.join(dir, 'library.sqlite');
  harness = await launchHarness(library, [SEEDS_DIR]);
});

test.afterAll(async () => {
  await harness?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Selects the first occurrence of `phrase` in the article body, as a mouse drag would. */
async function select(page: Page, phrase: string): Promise<void> {
  const found = await page.getByTestId('reader-body').evaluate((body, words) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  expect(found, `"${phrase}" in one text node of the body`).toBe(true);
}

async function openArticle(page: Page): Promise<void> {
  await page.getByTestId('article-row').filter({ hasText: ARTICLE }).click();
  await expect(page.getByTestId('reader-title')).toContainText(ARTICLE);
}

test('highlights selected words with the toolbar and with h, and keeps a note on one', async ({ page }) => {
  await page.goto(harness.url);
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-results-close').click();
  await openArticle(page);

  await select(page, PHRASE);
  await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
  await page.locator('[data-testid="highlight-color"][data-color="green"]').click();
  const first = page.getByTestId('user-highlight').filter({ hasText: PHRASE });
  await expect(first).toHaveCount(1);
  await expect(first).toHaveClass(/hl-green/);
  await expect(page.getByTestId('highlight-toolbar')).toHaveCount(0);

  // The keyboard way: select, then h.
  await select(page, SECOND);
  await page.keyboard.press('h');
  await expect(page.getByTestId('user-highlight').filter({ hasText: SECOND })).toHaveCount(1);
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);

  // A click on a highlight opens its note; the note saves as you type.
  await first.click();
  const item = page.getByTestId('highlight-item').filter({ hasText: PHRASE });
  await expect(item).toHaveClass(/focused/);
  await expect(item.getByTestId('highlight-comment')).toBeFocused();
  await item.getByTestId('highlight-comment').fill('Ahrar self-description: compare with the 2015 charter');
  await item.getByTestId('highlight-comment').blur();
  await expect(first).toHaveClass(/has-comment/);
});

test('the note on a highlight is searched, and the library lists every highlight', async ({ page }) => {
  await page.goto(harness.url);
  await page.getByTestId('search-input').fill('charter');
  await expect(page.getByTestId('list-label')).toContainText('Search results');
  await expect(page.getByTestId('article-row-title')).toContainText([ARTICLE]);
  await page.getByTestId('search-input').press('Escape');

  await page.getByTestId('open-highlights').click();
  const view = page.getByTestId('highlights-view');
  await expect(view.getByTestId('library-highlight')).toHaveCount(2);
  await view.getByTestId('library-highlight').filter({ hasText: 'charter' }).click();
  await expect(page.getByTestId('reader-title')).toContainText(ARTICLE);
  await expect(page.getByTestId('highlight-item').filter({ hasText: PHRASE })).toHaveClass(/focused/);
  await expect(page.getByTestId('user-highlight').filter({ hasText: PHRASE })).toBeInViewport();
});

test('highlights stay on their words after a re-clean and a restart; one can be removed', async ({ page }) => {
  await page.goto(harness.url);
  await openArticle(page);
  await page.getByTestId('reclean-article').click();
  await expect(page.getByTestId('reclean-summary')).toBeVisible();
  await page.getByTestId('reclean-close').click();
  await expect(page.getByTestId('user-highlight').filter({ hasText: PHRASE })).toHaveCount(1);

  await harness.stop();
  harness = await launchHarness(library, [SEEDS_DIR]);
  await page.goto(harness.url);
  await openArticle(page);
  await expect(page.getByTestId('user-highlight').filter({ hasText: PHRASE })).toHaveCount(1);
  await expect(page.getByTestId('highlight-item').filter({ hasText: PHRASE }).getByTestId('highlight-comment')).toHaveValue('Ahrar self-description: compare with the 2015 charter');

  await page.getByTestId('highlight-item').filter({ hasText: SECOND }).getByTestId('remove-highlight').click();
  await expect(page.getByTestId('user-highlight').filter({ hasText: SECOND })).toHaveCount(0);
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
});
