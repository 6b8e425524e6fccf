// DOCX (Word 2007 and later) via mammoth.
//
// Library and mode: mammoth.convertToHtml, then the cleaner's HTML path. extractRawText would give
// paragraphs too, but loses what the cleaner uses most: which paragraphs are headings (Word's Title and
// Heading styles become <h1>/<h2>), list items, tables and footnotes as their own blocks. Images are
// dropped (no data: URIs in memory) and mammoth may not touch other files (externalFileAccess: false).
// mammoth does not expose the package's core properties, so docProps/core.xml is read with a small zip
// reader (zip.ts): dc:title becomes the page <title> (a fallback title: Word files often keep a template's
// title), dc:creator the author, dcterms:created a metadata date whose evidence says where it came from.

import { extractArticleFromHtml, type ExtractedArticle } from '../../cleaner';
import { UnreadableFileError } from './errors';
import { cleanWith } from './shared';
import { readZipEntry, zipEntries } from './zip';

export interface DocxRead {
  articles: ExtractedArticle[];
  warnings: string[];
  properties: CoreProperties;
}

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  created: string | null;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxRead> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // Word writes password-protected .docx files as an OLE compound file holding the encrypted package;
    // an old binary .doc renamed to .docx looks the same from outside.
    throw new UnreadableFileError(
      'This Word file is password-protected (encrypted), or is an old-style .doc with a .docx name. Open it in Word or LibreOffice, remove the password or save it as a new .docx, then import it again.',
    );
  }
  const entries = bytes[0] === 0x50 && bytes[1] === 0x4b ? zipEntries(bytes) : null;
  if (!entries) throw new UnreadableFileError('This .docx file is damaged or is not a Word document (it is not a readable zip package). Open it in Word or LibreOffice and save it again, then import it again.');
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new UnreadableFileError('This .docx file is not a Word document (the package has no word/document.xml). It may be another Office format renamed; save it from its program as .docx or PDF.');
  }
  const properties = readCoreProperties(bytes, entries);
  const documentXml = readZipEntry(bytes, entries.find((e) => e.name === 'word/document.xml')!)?.toString('utf8') ?? '';
  // mammoth leaves Word's Title style as a plain paragraph; it is the headline. When a document has one,
  // its Heading 1..3 become <h2>..<h4> so that the title stays the page's only <h1>.
  const hasTitle = /<w:pStyle\s+w:val="Title"/.test(documentXml);
  const styleMap = hasTitle
    ? ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Heading 1'] => h2:fresh", "p[style-name='Heading 2'] => h3:fresh", "p[style-name='Heading 3'] => h4:fresh"]
    : ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // Loaded on the first .docx, not with the importer (70 ms of every worker's start).
    const { default: mammoth } = await import('mammoth');
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
  } catch (error) {
    throw new UnreadableFileError(`This .docx file could not be read; it may be damaged (${error instanceof Error ? error.message : String(error)}). Open it in Word or LibreOffice and save it again.`, { cause: error });
  }
  const warnings = summariseMessages(result.messages);

  const head = [
    '<meta charset="utf-8">',
    properties.title ? `<title>${escapeHtml(properties.title)}</title>` : '',
    properties.creator ? `<meta name="author" content="${escapeHtml(properties.creator)}">` : '',
    properties.created ? `<meta name="dc.date" content="${escapeHtml(properties.created)}">` : '',
  ].join('');
  const html = `<!DOCTYPE html><html><head>${head}</head><body><article>${result.value}</article></body></html>`;
  const articles = cleanWith(() => extractArticleFromHtml(html, { fileName })).map((a) =>
    properties.created && a.date.source === 'metadata' && a.date.evidence === properties.created
      ? { ...a, date: { ...a.date, evidence: `Word document properties: created ${properties.created}` } }
      : a,
  );
  return { articles, warnings, properties };
}

function summariseMessages(messages: { type: string; message: string }[]): string[] {
  // mammoth reports every unrecognised style; a person needs the gist, not a hundred lines
  const unique = [...new Set(messages.filter((m) => m.type === 'error' || !/^Unrecognised (?:paragraph|run) style/.test(m.message)).map((m) => m.message))];
  const out = unique.slice(0, 5).map((m) => `Word document: ${m}`);
  if (unique.length > 5) out.push(`Word document: ${unique.length - 5} more conversion notes.`);
  return out;
}

function readCoreProperties(bytes: Uint8Array, entries: ReturnType<typeof zipEntries>): CoreProperties {
  const none: CoreProperties = { title: null, creator: null, created: null };
  const entry = entries?.find((e) => e.name === 'docProps/core.xml');
  const xml = entry ? readZipEntry(bytes, entry)?.toString('utf8') : null;
  if (!xml) return none;
  const field = (tag: string): string | null => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
    const v = m ? unescapeXml(m[1]).replace(/\s+/g, ' ').trim() : '';
    return v || null;
  };
  const created = field('dcterms:created');
  return {
    title: field('dc:title'),
    creator: field('dc:creator'),
    created: created && /^\d{4}-\d{2}-\d{2}/.test(created) && !created.startsWith('1601') ? created : null,
  };
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'amp') return '&';
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
