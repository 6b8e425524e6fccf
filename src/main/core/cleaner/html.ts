// Saved / fetched HTML pages. Scripts are never executed (linkedom builds a DOM without running them).
// Metadata comes from <meta> and JSON-LD (source 'metadata'); the article text from @mozilla/readability;
// the extracted content is turned into text paragraphs and run through the same furniture / comment
// cleanup as pasted text. HTML that Readability cannot handle falls back to the page's body text.

import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { parseMachineDate } from './dates';
import { buildLines, type RawLine } from './lines';
import { extractFromLines } from './text-extract';
import { detectLanguage, hasLetters, squash } from './text-utils';
import type { ExtractedArticle, ExtractedComment, KnownMeta } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom's DOM is typed loosely and this project has no DOM lib */
type El = any;

const BLOCK = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION',
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TR',
  'TBODY', 'THEAD', 'FORM', 'ADDRESS', 'HR', 'BR', 'TIME',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'OBJECT', 'EMBED']);

/**
 * Script and style bodies, and HTML comments, never hold article text, but on a saved page they can be most
 * of its bytes, and a DOM of them is what parsing spends its time on. They are cut out of the source
 * before it is parsed, as the parser would end them (a script at its first "</script"); JSON-LD scripts,
 * which carry the article's metadata, are kept.
 */
const NOT_TEXT = /<!--[\s\S]*?-->|<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

function withoutScriptsAndStyles(html: string): string {
  return html.replace(NOT_TEXT, '');
}

/**
 * linkedom and Readability are loaded the first time a page is read, not when the cleaner is: loading
 * them took 130 ms of every extraction worker's start, and most imports are text, which needs neither.
 */
let htmlLibraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | null = null;

function libraries(): NonNullable<typeof htmlLibraries> {
  if (!htmlLibraries) {
    const require = createRequire(import.meta.url);
    htmlLibraries = {
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return htmlLibraries;
}

function loadDocument(html: string): El {
  const { parseHTML } = libraries();
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(wrapped) as any).document;
}

// ---------------------------------------------------------------------------------------------------
// metadata

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  description?: string;
}

function ldName(v: unknown): string | undefined {
  if (!v) return undefined;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter(Boolean) as string[];
    return names.length ? names.join(', ') : undefined;
  }
  if (typeof v === 'object' && v && 'name' in v) return ldName((v as { name: unknown }).name);
  return undefined;
}

function readJsonLd(doc: El): LdArticle | null {
  const nodes: any[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? '');
      const stack = Array.isArray(data) ? [...data] : [data];
      while (stack.length) {
        const n = stack.shift();
        if (!n || typeof n !== 'object') continue;
        nodes.push(n);
        if (Array.isArray(n['@graph'])) stack.push(...n['@graph']);
      }
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  const isArticle = (n: any) => {
    const t = ([] as string[]).concat(n['@type'] ?? []);
    return t.some((x) => /Article$|^BlogPosting$|^Report$|^NewsArticle/.test(String(x)));
  };
  const a = nodes.find(isArticle);
  if (!a) return null;
  return {
    headline: typeof a.headline === 'string' ? a.headline : typeof a.name === 'string' ? a.name : undefined,
    datePublished: a.datePublished ?? a.dateCreated,
    author: ldName(a.author),
    publisher: ldName(a.publisher) ?? ldName(a.sourceOrganization),
    description: typeof a.description === 'string' ? a.description : undefined,
  };
}

function readMeta(doc: El): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of doc.querySelectorAll('meta')) {
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const v = m.getAttribute('content');
    if (k && v && !(k in out)) out[k] = squash(v);
  }
  return out;
}

function stripSiteSuffix(title: string, site: string | null): string {
  let t = squash(title);
  if (site) {
    const re = new RegExp(`\\s*[|–—:-]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    t = t.replace(re, '');
  }
  const parts = t.split(/\s+[|]\s+/);
  return parts.length > 1 && parts[0].split(' ').length >= 3 ? parts[0] : t;
}

// ---------------------------------------------------------------------------------------------------
// DOM → text lines

function isBlock(el: El): boolean {
  return BLOCK.has(el.tagName);
}

/** Walk a DOM subtree into raw lines: each block-level element with its own text becomes a line. */
function domToRawLines(root: El, captions: string[]): RawLine[] {
  const lines: RawLine[] = [];
  let buf = '';
  let heading = 0;
  let listItem = false; // consecutive <li> of one list are adjacent lines (no blank line between)
  const flush = () => {
    const t = squash(buf);
    if (t) lines.push({ text: t, indent: 0, blankBefore: listItem ? 0 : 1, heading });
    buf = '';
    heading = 0;
  };
  const walk = (node: El) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) {
        buf += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName;
      if (SKIP.has(tag)) continue;
      if (child.getAttribute?.('hidden') != null || /display\s*:\s*none/i.test(child.getAttribute?.('style') ?? '')) continue;
      if (tag === 'FIGCAPTION') {
        flush();
        const c = squash(child.textContent ?? '');
        if (c) captions.push(c);
        continue;
      }
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (isBlock(child)) {
        flush();
        const h = /^H([1-6])$/.exec(tag);
        const prev = child.previousElementSibling;
        listItem = tag === 'LI' && !!prev && prev.tagName === 'LI';
        walk(child);
        if (h && squash(buf)) heading = Number(h[1]);
        flush();
        listItem = false;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// comment threads (WordPress / Disqus-like markup) are read before Readability throws them away

function readDomComments(doc: El): ExtractedComment[] {
  const out: ExtractedComment[] = [];
  const containers = doc.querySelectorAll('#comments, .comments, .comment-list, .commentlist, #disqus_thread, [id^="comments"], section[class*="comment"]');
  const seen = new Set<El>();
  for (const c of containers) {
    const items = c.querySelectorAll('li.comment, article.comment, div.comment, .comment-body, [itemtype*="Comment"], [class~="comment"]');
    for (const it of items) {
      if (seen.has(it)) continue;
      // only the innermost comment element
      if (it.querySelector('.comment-body, article.comment, div.comment') && !it.matches?.('.comment-body')) continue;
      seen.add(it);
      const authorEl = it.querySelector('.comment-author .fn, .comment-author, .fn, cite, [itemprop="author"], .author, .username');
      const textEl = it.querySelector('.comment-content, [itemprop="text"], .comment-text') ?? it;
      const paras = [...textEl.querySelectorAll('p')].map((p: El) => squash(p.textContent ?? '')).filter(Boolean);
      const text = paras.length ? paras.join('\n\n') : squash(textEl.textContent ?? '');
      const author = authorEl ? squash(authorEl.textContent ?? '').replace(/\s+says:?$/i, '') : null;
      if (text && text !== author) out.push({ author: author || null, text });
    }
    c.remove();
  }
  return out;
}

/** Takes the reader comments out of the page (returning them) and every element that holds no article text. */
function withoutNonText(doc: El): ReturnType<typeof readDomComments> {
  const comments = readDomComments(doc);
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe')) {
    if (el.getAttribute?.('type') !== 'application/ld+json') el.remove();
  }
  return comments;
}

// ---------------------------------------------------------------------------------------------------

export function extractArticleFromHtml(html: string, options: { fileName?: string; url?: string } = {}): ExtractedArticle[] {
  if (typeof html !== 'string' || !html.trim()) throw new Error('The file contains no readable text.');
  const source = withoutScriptsAndStyles(html);
  const doc = loadDocument(source);
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const site = meta['og:site_name'] ?? ld?.publisher ?? meta['application-name'] ?? null;
  const htmlLang = (doc.documentElement?.getAttribute?.('lang') ?? '').toLowerCase().split('-')[0] || null;

  const rawDate = ld?.datePublished ?? meta['article:published_time'] ?? meta['datepublished'] ?? meta['date'] ?? meta['pubdate'] ?? meta['publish-date'] ?? meta['dc.date'] ?? meta['dc.date.issued'] ?? meta['sailthru.date'] ?? null;
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"]');
  const dateValue = parseMachineDate(rawDate) ?? parseMachineDate(timeEl?.getAttribute('datetime'));
  const known: KnownMeta = {
    title: ld?.headline ?? meta['og:title'] ?? meta['twitter:title'] ?? null,
    subtitle: meta['og:description'] ?? meta['description'] ?? ld?.description ?? null,
    author: ld?.author ?? meta['author'] ?? meta['article:author'] ?? meta['parsely-author'] ?? meta['dc.creator'] ?? null,
    outlet: site,
    date: dateValue ? { value: dateValue, source: 'metadata', evidence: rawDate ?? timeEl?.getAttribute('datetime') ?? null, confidence: 'high' } : null,
    language: null,
  };
  if (known.author && /^https?:/.test(known.author)) known.author = null;

  const comments = withoutNonText(doc);
  // <title> usually carries a site suffix; a single <h1> is the printed headline
  const h1s = [...doc.querySelectorAll('h1')].map((h: El) => squash(h.textContent ?? '')).filter(Boolean);
  const docTitle = squash(doc.querySelector('title')?.textContent ?? '');
  const h1 = h1s.length === 1 ? h1s[0] : h1s.find((h) => docTitle.includes(h)) ?? null;

  // Readability takes the document apart as it reads it; only the rare page it cannot read is parsed
  // again, for the fallback below.
  let parsed: ReturnType<ReadabilityClass['parse']> = null;
  const { Readability } = libraries();
  try {
    parsed = new Readability(doc as never, { charThreshold: 250 }).parse();
  } catch {
    parsed = null;
  }

  const captions: string[] = [];
  let raw: RawLine[] = [];
  if (parsed && parsed.content && (parsed.textContent ?? '').trim().length >= 140) {
    const contentDoc = loadDocument(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`);
    raw = domToRawLines(contentDoc.body, captions);
  }
  if (raw.length === 0) {
    // fallback: the body text without obvious page chrome
    const page = loadDocument(source);
    withoutNonText(page);
    for (const el of page.querySelectorAll('nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]')) el.remove();
    raw = domToRawLines(page.body ?? page.documentElement, captions);
  }
  if (!raw.some((r) => hasLetters(r.text))) throw new Error('The file contains no readable text.');

  // strong titles: JSON-LD headline, og:title, the page's <h1>; weak: <title> / Readability's guess
  known.title = known.title ? stripSiteSuffix(known.title, site) : h1;
  const weakTitle = parsed?.title ? squash(parsed.title) : docTitle ? stripSiteSuffix(docTitle, site) : null;
  known.author ??= parsed?.byline ? squash(parsed.byline).replace(/^by\s+/i, '') : null;
  known.outlet ??= parsed?.siteName ?? null;
  if (!known.date && parsed?.publishedTime) {
    const v = parseMachineDate(parsed.publishedTime);
    if (v) known.date = { value: v, source: 'metadata', evidence: parsed.publishedTime, confidence: 'high' };
  }
  if (known.subtitle) {
    // a description that merely repeats the opening of the text is not a standfirst
    const firstText = raw.find((r) => !r.heading)?.text ?? '';
    const a = known.subtitle.slice(0, 60).toLowerCase();
    if (firstText.toLowerCase().startsWith(a.slice(0, 40)) || known.subtitle.length > 400) known.subtitle = null;
  }

  const lines = buildLines(raw);
  const articles = extractFromLines(lines, { fileName: options.fileName, meta: known, titleFallback: weakTitle });
  const text = articles.map((a) => a.body).join('\n');
  const language = htmlLang && /^[a-z]{2,3}$/.test(htmlLang) ? htmlLang : detectLanguage(text);
  return articles.map((a, n) => ({
    ...a,
    comments: n === 0 && comments.length ? comments : a.comments,
    captions: [...new Set([...(n === 0 ? captions : []), ...a.captions])],
    language: a.language ?? language,
    direction: parsed?.dir === 'rtl' ? 'rtl' : a.direction,
  }));
}
