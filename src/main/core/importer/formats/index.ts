// The format registry: the bytes of any supported file -> cleaned articles.
// Core module: no Electron import, runs under plain Node (and in a worker thread).
//
// Each format is read by a library made for it, then handed to the cleaner:
//   text, Markdown  decode-text.ts (BOM, UTF-8, UTF-16, Windows-1252/1256, ISO-8859-6)  -> extractArticlesFromText
//   HTML, .htm      decode-text.ts + the page's <meta charset>                          -> extractArticleFromHtml
//   MHTML, .mht     postal-mime (MIME headers, quoted-printable/base64)                  -> extractArticleFromHtml
//   PDF             pdfjs-dist (text with positions; our own reading order, see pdf-layout.ts) -> extractArticlesFromText
//   DOCX            mammoth (convertToHtml keeps headings and lists)                      -> extractArticleFromHtml

import path from 'node:path';
import type { ExtractedArticle } from '../../cleaner';
import { extractArticleFromHtml, extractArticlesFromText } from '../../cleaner';
import { decodeHtml, decodeText, type DecodedText } from '../decode-text';
import { readDocx } from './docx';
import { UnreadableFileError } from './errors';
import { readMhtml } from './mhtml';
import { readPdf } from './pdf';
import { cleanWith, decodingWarnings } from './shared';

export { UnreadableFileError } from './errors';
export { isSavedPageAssetFolder } from './saved-page';

import { formatOf, supportedExtensions, type FormatKind } from './extensions';

export { formatOf, supportedExtensions, type FormatKind } from './extensions';

export interface ExtractedFile {
  kind: FormatKind;
  mediaType: string;
  /** The character encoding the text was read in (null for PDF and DOCX, which carry Unicode). */
  encoding: string | null;
  articles: ExtractedArticle[];
  /** Things a person may want to know (a guessed encoding, replaced bytes, skipped frames, pages without text). */
  warnings: string[];
}

export interface FormatReadContext {
  fileName: string;
  /** Absolute path when the file is on disk (to find a saved page's _files folder), else null. */
  path: string | null;
}


const MEDIA_TYPES: Record<FormatKind, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  mhtml: 'multipart/related',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * Reads one file. Throws UnreadableFileError (with a message for people) when the file is of a kind
 * Dossier does not read, or is empty, corrupt, encrypted, or holds no text.
 */
export async function readFormat(bytes: Uint8Array, context: FormatReadContext): Promise<ExtractedFile> {
  const fileName = path.basename(context.fileName || context.path || '');
  const kind = formatOf(fileName);
  if (!kind) throw new UnreadableFileError(unsupportedReason(fileName));
  if (bytes.byteLength === 0) throw new UnreadableFileError('The file is empty; there is nothing to import.');
  const mediaType = MEDIA_TYPES[kind];

  switch (kind) {
    case 'text':
    case 'markdown': {
      const decoded = decodeText(bytes);
      refuseBinary(bytes, decoded, kind);
      const articles = cleanWith(() => extractArticlesFromText(decoded.text, { fileName }));
      return { kind, mediaType, encoding: decoded.encoding, articles, warnings: decodingWarnings(decoded) };
    }
    case 'html': {
      const decoded = decodeHtml(bytes);
      refuseBinary(bytes, decoded, kind);
      const url = savedFromUrl(decoded.text);
      const articles = cleanWith(() => extractArticleFromHtml(decoded.text, url ? { fileName, url } : { fileName }));
      return { kind, mediaType, encoding: decoded.encoding, articles, warnings: decodingWarnings(decoded) };
    }
    case 'mhtml': {
      const read = await readMhtml(bytes, fileName);
      return { kind, mediaType, encoding: read.encoding, articles: read.articles, warnings: read.warnings };
    }
    case 'pdf': {
      const read = await readPdf(bytes, fileName);
      return { kind, mediaType, encoding: null, articles: read.articles, warnings: read.warnings };
    }
    case 'docx': {
      const read = await readDocx(bytes, fileName);
      return { kind, mediaType, encoding: null, articles: read.articles, warnings: read.warnings };
    }
  }
}

/** Why a file of this kind is not imported, and what to do instead. */
export function unsupportedReason(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  const list = supportedExtensions().join(', ');
  if (ext === '.doc' || ext === '.rtf' || ext === '.odt' || ext === '.pages') {
    return `"${ext}" files are not read by Dossier. Open the file in a word processor and save it as .docx or PDF, then import that. Dossier imports ${list}.`;
  }
  if (ext === '.webarchive') {
    return `Safari web archives (.webarchive) are not read by Dossier. Save the page as "Page Source" (.html) or print it to PDF, then import that. Dossier imports ${list}.`;
  }
  return `${ext ? `"${ext}" files are` : 'Files without an extension are'} not read by Dossier. It imports ${list}.`;
}

/** A text or HTML file that is really a PDF, a zip (DOCX), an old Office file or another binary. */
function refuseBinary(bytes: Uint8Array, decoded: DecodedText, kind: FormatKind): void {
  const magic = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(8, bytes.byteLength)).toString('latin1');
  const label = kind === 'html' ? 'web page' : 'text file';
  if (magic.startsWith('%PDF-')) throw new UnreadableFileError(`This ${label} is really a PDF. Rename it to end in .pdf and import it again.`);
  if (magic.startsWith('PK\u0003\u0004')) throw new UnreadableFileError(`This ${label} is really a zip archive (perhaps a .docx). Rename it with its proper extension, or unzip it, and import it again.`);
  const sample = decoded.text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) control++;
  }
  if (sample.length && control / sample.length > 0.05) {
    throw new UnreadableFileError(`This ${label} does not contain text; it looks like a binary file (an image, program or archive) with a text extension.`);
  }
}

/** The address a browser notes in a page it saved: `<!-- saved from url=(0042)https://… -->`. */
function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048));
  return m && /^https?:\/\//i.test(m[1]) ? m[1] : null;
}
