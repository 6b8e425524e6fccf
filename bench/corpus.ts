// Deterministic synthetic articles of realistic length with faction mentions, written as plain text,
// Markdown, a saved HTML page (with the furniture a real news page carries), an MHTML single-file
// page (quoted-printable page, stylesheet and base64 images), a Word document or a PDF, for the
// benchmarks. DOCX, PDF and MHTML are built with the same hand-written builders as the committed
// format fixtures (scripts/make-format-fixtures.ts). Every file has its own generated text, so
// near-duplicate detection has nothing to fold together.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docx, HELVETICA, HELVETICA_BOLD, qpEncode, text as pdfText, textPdf, wrap } from '../scripts/make-format-fixtures';

// mulberry32: a small deterministic generator (32-bit integer arithmetic), so runs are comparable.
export function createRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTION_FORMS = ['Hay’at Tahrir al-Sham', 'HTS', 'Jabhat al-Nusra', 'the Nusra Front', 'Jabhat Fateh al-Sham', 'Ahrar al-Sham', 'Jaish al-Islam', 'the Free Syrian Army', 'the FSA', 'the Syrian Democratic Forces', 'the SDF', 'the YPG', 'Hezbollah', 'the Islamic State group', 'ISIS', 'Faylaq al-Sham', 'the National Liberation Front', 'Jaysh al-Izza', 'Nour al-Din al-Zenki', 'Russia', 'Turkey', 'the US-led coalition', 'the Syrian army', 'the Tiger Forces', 'Jund al-Aqsa', 'Hurras al-Din'];
const PLACES = ['Idlib', 'Aleppo', 'Hama', 'Homs', 'Daraa', 'Raqqa', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Latakia', 'Saraqib', 'Maarat al-Numan', 'Jisr al-Shughur', 'Tal Rifaat', 'Qamishli'];
const WORDS = 'the of and to in a on for with by that said fighters forces offensive ceasefire village town province countryside attack positions shelling airstrikes local sources opposition rebel groups control front line clashes reported killed wounded civilians displaced negotiations agreement talks commander spokesman statement officials residents monitoring observatory weapons supply checkpoint convoy border crossing humanitarian aid camp families returned military operation advance withdrew captured recaptured strategic highway hill district neighbourhood'.split(' ');
const AUTHORS = ['Lina Haddad', 'Omar Khalil', 'Sara Nasser', 'Daniel Shore', 'Rami Aziz', 'Hiba Mansour', 'Tom Ellis', 'Nadia Karam'];

export type CorpusFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'docx' | 'pdf';

export interface GeneratedArticle {
  title: string;
  date: string;
  author: string;
  paragraphs: string[];
}

export function generateArticle(i: number, random: () => number): GeneratedArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const title = `${pick(FACTION_FORMS).replace(/^the /, '')} ${pick(['advances near', 'withdraws from', 'clashes with rebels in', 'announces truce in', 'shells'])} ${pick(PLACES)} (report ${i})`;
  const paragraphs: string[] = [];
  const count = 9 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) paragraphs.push(generateParagraph(random));
  if (i % 2000 === 7) paragraphs.push('Residents of Qaryatayn described the zebrafinch convoy.');
  return { title, date: `${1 + (i % 28)} March, ${2012 + (i % 12)}`, author: AUTHORS[i % AUTHORS.length], paragraphs };
}

/** Three sentences of 14-29 words, about 6% faction names and 4% place names. */
export function generateParagraph(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentence = (): string => {
    const parts: string[] = [];
    const length = 14 + Math.floor(random() * 16);
    for (let w = 0; w < length; w++) {
      const r = random();
      parts.push(r < 0.06 ? pick(FACTION_FORMS) : r < 0.1 ? pick(PLACES) : pick(WORDS));
    }
    const text = parts.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  return Array.from({ length: 3 }, sentence).join(' ');
}

// ---------------------------------------------------------------------------------------------------
// saved web pages

const SECTIONS = ['World', 'Middle East', 'Syria', 'Iraq', 'Turkey', 'Politics', 'Business', 'Opinion', 'Video', 'Podcasts', 'Climate', 'Science', 'Culture', 'Sport', 'Travel', 'Newsletters'];

/** Looks like a minified bundle: long, varied, and text the page's reader has to skip. */
function fakeScript(random: () => number, kilobytes: number): string {
  const names = ['a', 'b', 'c', 'e', 'n', 'r', 't', 'o', 'i', 's', 'u', 'l'];
  const parts: string[] = [];
  let size = 0;
  let k = 0;
  while (size < kilobytes * 1024) {
    const f = names[Math.floor(random() * names.length)] + k++;
    const chunk = `function ${f}(${names[k % names.length]},${names[(k + 3) % names.length]}){var x=${Math.floor(random() * 1e6)};if(!${names[k % names.length]})return null;for(var i=0;i<${names[(k + 3) % names.length]}.length;i++){x=(x*31+${names[(k + 3) % names.length]}.charCodeAt(i))|0}return{id:"${Math.floor(random() * 1e9).toString(36)}",h:x,t:Date.now()}}`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join(';');
}

function fakeStyles(random: () => number, kilobytes: number): string {
  const rules: string[] = [];
  let size = 0;
  let k = 0;
  while (size < kilobytes * 1024) {
    const rule = `.c-${(k++).toString(36)}-${Math.floor(random() * 1e5).toString(36)}{margin:${Math.floor(random() * 24)}px ${Math.floor(random() * 24)}px;color:#${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0')};font-size:${12 + Math.floor(random() * 10)}px;line-height:1.${Math.floor(random() * 9)}}`;
    rules.push(rule);
    size += rule.length;
  }
  return rules.join('');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A news page as "Save page as... HTML only" keeps it: inline scripts and styles (tens of KB), JSON-LD,
 * Open Graph, a long menu, share buttons, a figure, a related-links block in the article, a "most read"
 * aside, a cookie banner and a footer full of links. 40-110 KB, like the saved pages the reader collects.
 * With `bare`, only a small page around the article (about 7 KB).
 */
export function renderHtmlPage(article: GeneratedArticle, random: () => number, bare = false): string {
  const body = `<h1>${escapeHtml(article.title)}</h1><p class="date">${article.date}</p>${article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`;
  if (bare) {
    return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | Example News</title><meta property="og:site_name" content="Example News"></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/syria">Syria</a></nav><main><article>${body}</article></main><aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside><footer>© Example News</footer></body></html>`;
  }
  const slug = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const menu = SECTIONS.map((s) => `<li class="menu__item"><a class="menu__link" href="/${s.toLowerCase().replace(/ /g, '-')}">${s}</a><ul class="menu__sub">${Array.from({ length: 3 + Math.floor(random() * 5) }, (_, k) => `<li><a href="/${s.toLowerCase().replace(/ /g, '-')}/${k}">${s} ${k + 1}</a></li>`).join('')}</ul></li>`).join('');
  const related = Array.from({ length: 4 }, () => `<li><a href="/syria/${Math.floor(random() * 1e6)}">${escapeHtml(generateParagraph(random).split('. ')[0].slice(0, 70))}</a></li>`).join('');
  const mostRead = Array.from({ length: 10 }, (_, k) => `<li><span class="rank">${k + 1}</span><a href="/news/${Math.floor(random() * 1e6)}">${escapeHtml(generateParagraph(random).split('. ')[0].slice(0, 80))}</a></li>`).join('');
  const footer = Array.from({ length: 30 }, (_, k) => `<li><a href="/info/${k}">${['About us', 'Contact', 'Careers', 'Advertise', 'Privacy', 'Cookies', 'Terms', 'Accessibility', 'Corrections', 'Archive'][k % 10]}</a></li>`).join('');
  const paragraphs = article.paragraphs.map((p, k) => (k === 3 ? `<aside class="related-inline"><h3>Read more</h3><ul>${related}</ul></aside><p>${escapeHtml(p)}</p>` : `<p>${escapeHtml(p)}</p>`)).join('\n');
  const iso = new Date(Date.UTC(2012 + (article.title.length % 12), 2, 1 + (article.title.length % 28))).toISOString();
  return `<!DOCTYPE html>
<!-- saved from url=(0060)https://news.example.org/middle-east/${slug} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)} | Example News</title>
<meta name="description" content="${escapeHtml(article.paragraphs[0].slice(0, 150))}"><meta property="og:title" content="${escapeHtml(article.title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Example News"><meta property="og:url" content="https://news.example.org/middle-east/${slug}"><meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="${iso}"><meta name="author" content="${article.author}">
<link rel="canonical" href="https://news.example.org/middle-east/${slug}"><link rel="preload" href="/fonts/serif.woff2" as="font">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(article.title)},"datePublished":"${iso}","author":{"@type":"Person","name":"${article.author}"},"publisher":{"@type":"Organization","name":"Example News"}}</script>
<style>${fakeStyles(random, 6 + random() * 10)}</style>
<script>window.__CONFIG__={"ads":{"slots":["top","mpu","inread"]},"consent":true};${fakeScript(random, 10 + random() * 40)}</script>
<script async src="https://cdn.example.net/analytics.js"></script>
</head><body class="page page--article">
<div id="cookie-banner" class="banner"><p>We use cookies to improve your experience and to show you personalised advertising. By continuing you agree to our use of cookies.</p><button>Accept</button><button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">Example News</a><nav class="menu"><ul>${menu}</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form><a href="/subscribe" class="cta">Subscribe</a></header>
<main id="content"><article class="article">
<div class="breadcrumb"><a href="/">Home</a> › <a href="/middle-east">Middle East</a> › <a href="/syria">Syria</a></div>
<h1 class="article__title">${escapeHtml(article.title)}</h1>
<p class="article__byline">By <a href="/authors/${article.author.toLowerCase().replace(/ /g, '-')}">${article.author}</a> · <time datetime="${iso}">${article.date}</time></p>
<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
<figure><img src="https://img.example.net/${slug}.jpg" alt="" width="960" height="540"><figcaption>Fighters near the front line. Photograph: Example Agency</figcaption></figure>
<div class="article__body">
${paragraphs}
</div>
<div class="ad ad--inread"><span>Advertisement</span></div>
<p class="article__tags">Topics: <a href="/syria">Syria</a>, <a href="/middle-east">Middle East</a>, <a href="/conflict">Conflict</a></p>
</article>
<aside class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></aside>
<section class="newsletter"><h2>Sign up for the Middle East briefing</h2><p>Our editors' pick of the day's stories, every morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><ul>${footer}</ul><p>© ${2012 + (article.title.length % 12)} Example News Ltd. All rights reserved. Registered in England and Wales.</p></footer>
<script>${fakeScript(random, 2 + random() * 6)}</script>
</body></html>
`;
}

/** Chrome's "Save page as... single file": the page quoted-printable, a stylesheet and base64 images. */
export function renderMhtml(article: GeneratedArticle, random: () => number, index: number): string {
  const boundary = `----MultipartBoundary--bench${index.toString(36)}${Math.floor(random() * 1e9).toString(36)}----`;
  const url = `https://news.example.org/middle-east/${index}`;
  const page = renderHtmlPage(article, random);
  const image = (bytes: number): string => {
    const data = Buffer.alloc(bytes);
    Buffer.from('89504e470d0a1a0a', 'hex').copy(data);
    for (let k = 8; k < bytes; k += 4) data.writeUInt32LE(Math.floor(random() * 0x100000000), Math.min(k, bytes - 4));
    return data.toString('base64').replace(/.{76}/g, '$&\r\n');
  };
  const parts = [
    `--${boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-${index}@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${qpEncode(page)}\r\n`,
    `--${boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.example.org/static/site.css\r\n\r\n${qpEncode(fakeStyles(random, 8 + random() * 20))}\r\n`,
  ];
  const images = 1 + Math.floor(random() * 3);
  for (let k = 0; k < images; k++) {
    parts.push(`--${boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://img.example.net/${index}-${k}.png\r\n\r\n${image(Math.floor(15_000 + random() * 90_000))}\r\n`);
  }
  return (
    `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${url}\r\nSubject: ${article.title.replace(/[^\x20-\x7e]/g, '')}\r\nDate: Thu, 30 Aug 2018 12:00:00 -0000\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n${parts.join('')}--${boundary}--\r\n`
  );
}

// ---------------------------------------------------------------------------------------------------
// Word and PDF

export function renderDocx(article: GeneratedArticle, index: number): Buffer {
  const middle = Math.floor(article.paragraphs.length / 2);
  return docx(
    [
      { style: 'Title', text: article.title },
      { text: `${article.author}, ${article.date}` },
      ...article.paragraphs.slice(0, middle).map((text) => ({ text })),
      { style: 'Heading1', text: 'Background' },
      ...article.paragraphs.slice(middle).map((text) => ({ text })),
    ],
    { title: article.title, creator: article.author, created: new Date(Date.UTC(2012 + (index % 12), 2, 1 + (index % 28), 9, 30)).toISOString().replace('.000', '') },
  );
}

/** WinAnsi bytes for the typographic characters the generator uses (the content stream is Latin-1). */
const winAnsi = (s: string): string => s.replace(/’/g, '\x92').replace(/‘/g, '\x91').replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/–/g, '\x96').replace(/—/g, '\x97').replace(/[^\x00-\xff]/g, '?');

const PAGE_TOP = 770;
const PAGE_BOTTOM = 70;
const LEADING = 13;
const BODY_SIZE = 10;
const COLUMN_WIDTH = 495;

/**
 * A report laid out on A4 pages in one column: title, byline, paragraphs, a running header and
 * "Page n of N" footer on each page. With `pages`, paragraphs are generated until that many pages are
 * full; otherwise the article's own paragraphs decide (a 6 KB article fills about two pages).
 */
export function renderPdf(article: GeneratedArticle, random: () => number, pages?: number): { bytes: Buffer; pages: number } {
  const lines: { size: number; font: 'F1' | 'F2'; text: string; gap: number }[] = [];
  for (const l of wrap(winAnsi(article.title), COLUMN_WIDTH, 16)) lines.push({ size: 16, font: 'F2', text: l, gap: 0 });
  lines.push({ size: BODY_SIZE, font: 'F1', text: winAnsi(`By ${article.author}, ${article.date}`), gap: 6 });
  const addParagraph = (p: string): void => wrap(winAnsi(p), COLUMN_WIDTH, BODY_SIZE).forEach((l, k) => lines.push({ size: BODY_SIZE, font: 'F1', text: l, gap: k === 0 ? 6 : 0 }));
  article.paragraphs.forEach(addParagraph);
  // enough lines for the pages asked for (about 50 fit on a page); the surplus is cut below
  if (pages) while (lines.length < pages * 60) addParagraph(generateParagraph(random));
  const contents: string[] = [];
  let current = '';
  let y = PAGE_TOP;
  for (const line of lines) {
    if (line.gap && y !== PAGE_TOP) y -= line.gap;
    if (y < PAGE_BOTTOM) {
      contents.push(current);
      current = '';
      y = PAGE_TOP;
      if (pages && contents.length >= pages) break;
    }
    current += pdfText(line.font, line.size, 50, y, line.text);
    y -= line.size > BODY_SIZE ? line.size * 1.3 : LEADING;
  }
  if (current) contents.push(current);
  const total = contents.length;
  const withFurniture = contents.map((c, p) => c + pdfText('F1', 8, 50, 810, 'SYRIA CONFLICT MONITOR - Field reports') + pdfText('F1', 8, 500, 30, `Page ${p + 1} of ${total}`));
  return { bytes: textPdf(withFurniture, [HELVETICA, HELVETICA_BOLD]), pages: total };
}

// ---------------------------------------------------------------------------------------------------
// corpora

/** The text formats, as plain strings (the HTML page is the small article-only one). Used by scripts/cleaning-score.ts and tests. */
export function renderArticle(article: GeneratedArticle, format: 'txt' | 'md' | 'html'): string {
  switch (format) {
    case 'txt':
      return `${article.title}\n\n${article.date}\n\n${article.paragraphs.join('\n\n')}\n`;
    case 'md':
      return `---\ntitle: ${JSON.stringify(article.title)}\n---\n\n# ${article.title}\n\n${article.date}\n\n${article.paragraphs.join('\n\n')}\n`;
    case 'html':
      return renderHtmlPage(article, () => 0, true);
  }
}

/** One file of the corpus in any format; saved .html pages carry their page furniture here. */
export function renderFile(article: GeneratedArticle, format: CorpusFormat, random: () => number, index: number): { bytes: Buffer; pages: number } {
  switch (format) {
    case 'txt':
    case 'md':
      return { bytes: Buffer.from(renderArticle(article, format)), pages: 1 };
    case 'html':
      return { bytes: Buffer.from(renderHtmlPage(article, random)), pages: 1 };
    case 'mhtml':
      return { bytes: Buffer.from(renderMhtml(article, random, index)), pages: 1 };
    case 'docx':
      return { bytes: renderDocx(article, index), pages: 1 };
    case 'pdf':
      return renderPdf(article, random);
  }
}

export interface CorpusStats {
  files: number;
  bytes: number;
  /** Per format: how many files and bytes, and for PDF how many pages. */
  byFormat: Partial<Record<CorpusFormat, { files: number; bytes: number; pages: number }>>;
}

/** Writes `count` files into `dir`; `mix` gives the share of each format. */
export function writeCorpus(dir: string, count: number, mix: Partial<Record<CorpusFormat, number>> = { txt: 1 }, seed = 42): CorpusStats {
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const formats = Object.entries(mix) as [CorpusFormat, number][];
  const totalWeight = formats.reduce((n, [, w]) => n + w, 0);
  const stats: CorpusStats = { files: count, bytes: 0, byFormat: {} };
  for (let i = 0; i < count; i++) {
    let r = ((i * 0.618033988749895) % 1) * totalWeight;
    let format: CorpusFormat = formats[0][0];
    for (const [f, w] of formats) {
      if (r < w) {
        format = f;
        break;
      }
      r -= w;
    }
    const { bytes, pages } = renderFile(generateArticle(i, random), format, random, i);
    stats.bytes += bytes.length;
    const entry = (stats.byFormat[format] ??= { files: 0, bytes: 0, pages: 0 });
    entry.files++;
    entry.bytes += bytes.length;
    entry.pages += pages;
    writeFileSync(path.join(dir, `article-${String(i).padStart(6, '0')}.${format}`), bytes);
  }
  return stats;
}

/** "700 .txt (6 KB avg), 100 .pdf (2.1 pages, 11 KB avg), ..." */
export function describeCorpus(stats: CorpusStats): string {
  return (Object.entries(stats.byFormat) as [CorpusFormat, { files: number; bytes: number; pages: number }][])
    .map(([format, s]) => `${s.files} .${format} (${format === 'pdf' ? `${(s.pages / s.files).toFixed(1)} pages, ` : ''}${(s.bytes / s.files / 1024).toFixed(0)} KB avg)`)
    .join(', ');
}
