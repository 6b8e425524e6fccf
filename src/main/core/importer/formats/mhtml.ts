// MHTML (.mhtml/.mht): a web page and its resources in one MIME multipart/related message, as Chrome's
// "Save as… Webpage, Single File" and old Internet Explorer write it.
//
// Library: postal-mime parses each part's headers (folded lines, parameters, encoded words) and undoes
// its Content-Transfer-Encoding (quoted-printable, base64). We split the top-level multipart ourselves
// rather than letting postal-mime build an e-mail out of the whole file, because postal-mime joins
// every text/html part into one body, and Chrome stores each <iframe> (ads, embedded posts, comment
// widgets) as its own text/html part: the article is only the main frame's part. The main frame is the
// text/html part whose Content-Location is the archive's Snapshot-Content-Location (Chrome), else the
// first text/html part (RFC 2557: the root is the first part unless `start` says otherwise).
// The part's bytes are decoded by decode-text.ts with its charset parameter, else the page's own
// <meta charset>, else byte statistics (the part is asked of postal-mime as application/octet-stream
// so that we get bytes, not text it decoded as UTF-8 by default).

import { extractArticleFromHtml, type ExtractedArticle } from '../../cleaner';
import { decodeHtml } from '../decode-text';
import { UnreadableFileError } from './errors';
import { cleanWith, decodingWarnings } from './shared';

export interface MhtmlRead {
  encoding: string;
  articles: ExtractedArticle[];
  warnings: string[];
  url: string | null;
}

interface RawPart {
  headerText: string;
  raw: Buffer;
}

interface HeaderMap {
  get(name: string): string | null;
}

export async function readMhtml(bytes: Uint8Array, fileName: string): Promise<MhtmlRead> {
  // latin1 maps every byte to one char and back, so slicing the string slices the bytes
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHeaderAndBody(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
  if (!top) throw notMhtml();
  const headers = await parseHeaders(top.headerText);
  const contentType = headers.get('content-type') ?? '';
  const snapshotUrl = headers.get('snapshot-content-location') ?? headers.get('content-location');
  const warnings: string[] = [];

  let htmlPart: { bytes: Uint8Array; charset: string | null; location: string | null } | null = null;
  if (/^\s*multipart\//i.test(contentType)) {
    const boundary = param(contentType, 'boundary');
    if (!boundary) throw notMhtml('its multipart header names no boundary');
    const start = param(contentType, 'start');
    const parts = splitMultipart(top.body, boundary);
    if (!parts.length) throw notMhtml('no parts were found between its boundaries');
    const htmlParts: { part: RawPart; headers: HeaderMap }[] = [];
    for (const part of parts) {
      const ph = await parseHeaders(part.headerText);
      if (/^\s*text\/html\b/i.test(ph.get('content-type') ?? '')) htmlParts.push({ part, headers: ph });
    }
    if (!htmlParts.length) throw new UnreadableFileError('This MHTML archive holds no web page (it has no text/html part), so there is no article to read.');
    const main =
      (start && htmlParts.find((p) => stripAngles(p.headers.get('content-id')) === stripAngles(start))) ||
      (snapshotUrl && htmlParts.find((p) => p.headers.get('content-location') === snapshotUrl)) ||
      htmlParts[0];
    if (htmlParts.length > 1) {
      const n = htmlParts.length - 1;
      warnings.push(`${n} embedded frame${n === 1 ? '' : 's'} (advertising, embedded posts or widgets saved with the page) ${n === 1 ? 'was' : 'were'} not read.`);
    }
    htmlPart = {
      bytes: await partBytes(main.part),
      charset: param(main.headers.get('content-type') ?? '', 'charset'),
      location: main.headers.get('content-location') ?? snapshotUrl ?? null,
    };
  } else if (/^\s*text\/html\b/i.test(contentType)) {
    // a single-part archive: the whole message is the page
    htmlPart = { bytes: await partBytes({ headerText: top.headerText, raw: Buffer.from(text, 'latin1') }), charset: param(contentType, 'charset'), location: snapshotUrl ?? null };
  } else {
    throw notMhtml(contentType ? `its content is "${contentType.split(';')[0].trim()}", not a web page` : 'it has no MIME Content-Type header');
  }

  const decoded = decodeHtml(htmlPart.bytes, htmlPart.charset);
  const url = htmlPart.location && /^https?:\/\//i.test(htmlPart.location) ? htmlPart.location : null;
  const articles = cleanWith(() => extractArticleFromHtml(decoded.text, url ? { fileName, url } : { fileName }));
  return { encoding: decoded.encoding, articles, warnings: [...decodingWarnings(decoded, 'The saved page'), ...warnings], url };
}

function notMhtml(why?: string): UnreadableFileError {
  return new UnreadableFileError(
    `This is not a readable MHTML archive${why ? ` (${why})` : ''}. Open it in a browser and save the page again as "Webpage, Single File", or as "Webpage, Complete" (.html), then import it again.`,
  );
}

function splitHeaderAndBody(text: string): { headerText: string; body: string } | null {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return null;
  const headerText = text.slice(0, m.index);
  if (!/^[\w-]+:/m.test(headerText)) return null;
  return { headerText, body: text.slice(m.index + m[0].length) };
}

/** Headers via postal-mime (it unfolds continuation lines and decodes encoded words). */
async function parseHeaders(headerText: string): Promise<HeaderMap> {
  const PostalMime = await postalMime();
  const email = await PostalMime.parse(Buffer.from(`${headerText}\r\n\r\n`, 'latin1'));
  const map = new Map<string, string>();
  for (const h of email.headers) if (!map.has(h.key)) map.set(h.key, h.value.trim());
  return { get: (name) => map.get(name.toLowerCase()) ?? null };
}

/** A parameter of a structured header (`boundary="…"`, `charset=…`). */
function param(value: string, name: string): string | null {
  const re = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function stripAngles(v: string | null): string {
  return (v ?? '').trim().replace(/^<|>$/g, '');
}

/** RFC 2046: parts sit between lines "--boundary"; the last is closed by "--boundary--". */
function splitMultipart(body: string, boundary: string): RawPart[] {
  const delimiter = `--${boundary}`;
  const parts: RawPart[] = [];
  const lines = body.split(/(?<=\n)/);
  let current: string[] | null = null;
  const close = () => {
    if (!current) return;
    let chunk = current.join('');
    chunk = chunk.replace(/\r?\n$/, ''); // the line break before a delimiter belongs to the delimiter
    const split = splitHeaderAndBody(chunk) ?? (chunk.startsWith('\n') || chunk.startsWith('\r\n') ? { headerText: '', body: chunk.replace(/^\r?\n/, '') } : null);
    if (split) parts.push({ headerText: split.headerText, raw: Buffer.from(chunk, 'latin1') });
    current = null;
  };
  for (const line of lines) {
    const t = line.replace(/[ \t]*\r?\n$/, '');
    if (t === delimiter || t === `${delimiter}--`) {
      close();
      if (t !== delimiter) break; // the closing delimiter (the boundary itself may end in "--")
      current = [];
      continue;
    }
    current?.push(line);
  }
  close();
  return parts;
}

/** The part's body with its transfer encoding undone, as bytes (postal-mime, asked for an octet-stream). */
async function partBytes(part: RawPart): Promise<Uint8Array> {
  const text = part.raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  const headerText = m ? text.slice(0, m.index) : part.headerText;
  const body = m ? text.slice(m.index + m[0].length) : '';
  // keep every header but the type and disposition (unfolded first, so a continuation line goes with its header)
  const kept = headerText
    .replace(/\r?\n(?=[ \t])/g, ' ')
    .split(/\r?\n/)
    .filter((line) => line.trim() && !/^content-(?:type|disposition)\s*:/i.test(line));
  const rebuilt = ['Content-Type: application/octet-stream', 'Content-Disposition: attachment', ...kept].join('\r\n');
  const PostalMime = await postalMime();
  const email = await PostalMime.parse(Buffer.from(`${rebuilt}\r\n\r\n${body}`, 'latin1'), { attachmentEncoding: 'arraybuffer' });
  const attachment = email.attachments[0];
  if (!attachment) return new Uint8Array(0);
  const content = attachment.content;
  if (typeof content === 'string') return new Uint8Array(Buffer.from(content, 'latin1'));
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** postal-mime, loaded on the first .mhtml rather than with the importer. */
async function postalMime(): Promise<typeof import('postal-mime').default> {
  return (await import('postal-mime')).default;
}
