// PDF via pdfjs-dist (Mozilla's PDF engine, the one in Firefox): a maintained, pure-JavaScript parser
// that gives every text run with its position, which is what reading order needs (pdf-layout.ts).
// Node use: the legacy build (it polyfills what Node 20 lacks); the "worker" runs in this thread
// (globalThis.pdfjsWorker), which suits us since imports already run in a worker thread. pdfjs 5 no
// longer compiles anything with eval (the old isEvalSupported option is gone), no fonts are loaded into a page (disableFontFace), no system fonts
// are looked for, and nothing is fetched: the data is passed in whole, with range/stream requests off;
// only pdfjs's own CMap files for CJK fonts are read from its package folder on disk.

import { createRequire } from 'node:module';
import path from 'node:path';
import { extractArticlesFromText, type ExtractedArticle } from '../../cleaner';
import { UnreadableFileError } from './errors';
import { layoutPdfPages, type PdfPageItems, type PdfTextItem } from './pdf-layout';
import { cleanWith } from './shared';

export interface PdfRead {
  articles: ExtractedArticle[];
  warnings: string[];
  pages: number;
  info: { title: string | null; author: string | null };
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

function packageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch {
    return null;
  }
}

const MAX_PAGES = 2000;

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfRead> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw new UnreadableFileError('This file is not a PDF (it does not start with the "%PDF-" signature). It may be another kind of file with a .pdf name, or a download that failed.');
  }
  const pdfjs = await loadPdfJs();
  const dir = packageDir();
  const loadingTask = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
    // pdfjs reads these with fs.readFile in Node: a folder path ending in a separator
    ...(dir ? { cMapUrl: path.join(dir, 'cmaps') + path.sep, cMapPacked: true } : {}),
  });

  let doc: Awaited<typeof loadingTask.promise>;
  try {
    doc = await loadingTask.promise;
  } catch (error) {
    await loadingTask.destroy().catch(() => undefined);
    throw describePdfError(error);
  }

  const warnings: string[] = [];
  try {
    const info = await readInfo(doc);
    const pageCount = doc.numPages;
    const readCount = Math.min(pageCount, MAX_PAGES);
    if (pageCount > MAX_PAGES) warnings.push(`Only the first ${MAX_PAGES} of ${pageCount} pages were read.`);
    const pages: PdfPageItems[] = [];
    const failedPages: number[] = [];
    for (let n = 1; n <= readCount; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        const [x0, y0, x1, y1] = page.view;
        const items: PdfTextItem[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const [, , c, d, e, f] = raw.transform as number[];
          items.push({ str: raw.str, x: e, y: f, width: raw.width, size: Math.hypot(c, d) || raw.height || 10, rtl: raw.dir === 'rtl' });
        }
        pages.push({ items, width: x1 - x0, height: y1 - y0 });
        page.cleanup();
      } catch {
        failedPages.push(n);
        pages.push({ items: [], width: 0, height: 0 });
      }
    }
    if (failedPages.length === readCount) {
      throw new UnreadableFileError('None of the pages of this PDF could be read; the file is damaged. Open it in a PDF viewer; if it shows, print it to a new PDF and import that.');
    }
    const layout = layoutPdfPages(pages);
    if (failedPages.length) warnings.push(`Page${failedPages.length === 1 ? '' : 's'} ${listPages(failedPages)} could not be read (damaged) and ${failedPages.length === 1 ? 'was' : 'were'} skipped.`);
    if (!layout.text.trim()) {
      throw new UnreadableFileError(
        'This PDF has no text to read: its pages are images (a scan or a photo of print). Run text recognition (OCR) on it, for example with your PDF editor or ocrmypdf, and import the result.',
      );
    }
    const blank = layout.pagesWithoutText.filter((p) => !failedPages.includes(p));
    if (blank.length) warnings.push(`Page${blank.length === 1 ? '' : 's'} ${listPages(blank)} ${blank.length === 1 ? 'has' : 'have'} no text (images only) and ${blank.length === 1 ? 'was' : 'were'} skipped.`);
    if (layout.multiColumnPages.length) warnings.push(`Read in columns: page${layout.multiColumnPages.length === 1 ? '' : 's'} ${listPages(layout.multiColumnPages)}.`);
    if (layout.removedFurniture) warnings.push(`Removed ${layout.removedFurniture} running header, footer and page-number line${layout.removedFurniture === 1 ? '' : 's'}.`);

    const articles = cleanWith(() => extractArticlesFromText(layout.text, { fileName })).map((a, _i, all) =>
      all.length === 1 && !a.author && info.author ? { ...a, author: info.author } : a,
    );
    return { articles, warnings, pages: pageCount, info };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readInfo(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<{ title: string | null; author: string | null }> {
  try {
    const { info } = await doc.getMetadata();
    const rec = (info ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null);
    const author = text(rec.Author);
    // producers put tool names and user accounts here; only a name-like value is kept
    const plausibleAuthor = author && /\p{L}/u.test(author) && author.length <= 80 && !/^(?:admin(?:istrator)?|user|owner|unknown|microsoft|acrobat|adobe)\b/i.test(author) ? author : null;
    return { title: text(rec.Title), author: plausibleAuthor };
  } catch {
    return { title: null, author: null };
  }
}

function listPages(pages: number[]): string {
  if (pages.length <= 8) return pages.join(', ');
  return `${pages.slice(0, 8).join(', ')} and ${pages.length - 8} more`;
}

function describePdfError(error: unknown): UnreadableFileError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new UnreadableFileError(
      'This PDF is password-protected (encrypted), so its text cannot be read. Open it with its password and save or print an unprotected copy, then import that.',
      { cause: error },
    );
  }
  if (name === 'InvalidPDFException') {
    return new UnreadableFileError(`This PDF is damaged or incomplete (${message.replace(/\.$/, '')}). If it opens in a PDF viewer, print it to a new PDF and import that; otherwise download it again.`, { cause: error });
  }
  return new UnreadableFileError(`This PDF could not be read (${message.replace(/\.$/, '')}). If it opens in a PDF viewer, print it to a new PDF and import that.`, { cause: error });
}
