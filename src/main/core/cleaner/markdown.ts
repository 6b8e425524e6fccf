// Markdown input: front matter read as metadata, syntax stripped to readable text lines.

import { parseMachineDate } from './dates';
import type { RawLine } from './lines';
import { squash } from './text-utils';
import type { KnownMeta } from './types';

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function hasFrontMatter(text: string): boolean {
  const m = FRONT_MATTER.exec(text);
  return !!m && /^[\w-]+\s*:/m.test(m[1]);
}

/** Does plain text look like Markdown (headings plus links / emphasis / lists)? */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20000);
  let signals = 0;
  // each test needs its character: plain text without them is settled by a few native scans
  if (sample.includes('#') && /^#{1,6}\s+\S/m.test(sample)) signals++;
  if (sample.includes('](') && /\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) signals++;
  if (sample.includes('**') && /\*\*[^*\n]+\*\*/.test(sample)) signals++;
  if (sample.includes('```') && /^```/m.test(sample)) signals++;
  if (sample.includes('>') && /^>\s+\S/m.test(sample)) signals++;
  return signals >= 2;
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

/** A small reader for the flat `key: value` front matter notes use (lists: first item). */
export function readFrontMatter(text: string): { meta: KnownMeta; rest: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1])) return { meta: {}, rest: text };
  const fields: Record<string, string> = {};
  let lastKey: string | null = null;
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (kv) {
      lastKey = kv[1].toLowerCase();
      let v = kv[2].trim();
      const arr = /^\[(.*)\]$/.exec(v);
      if (arr) v = arr[1].split(',')[0] ?? '';
      fields[lastKey] = unquote(v);
      continue;
    }
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item && lastKey && !fields[lastKey]) fields[lastKey] = unquote(item[1]);
  }
  const pick = (...keys: string[]) => {
    for (const k of keys) if (fields[k]) return squash(fields[k]);
    return null;
  };
  const dateRaw = pick('date', 'published', 'published_at', 'publishdate', 'pubdate', 'date_published', 'created');
  const dateVal = parseMachineDate(dateRaw);
  const meta: KnownMeta = {
    title: pick('title', 'headline'),
    subtitle: pick('subtitle', 'description', 'summary', 'dek', 'standfirst'),
    author: pick('author', 'authors', 'byline', 'by'),
    outlet: pick('outlet', 'source', 'publisher', 'site', 'site_name', 'publication'),
    date: dateVal ? { value: dateVal, source: 'metadata', evidence: `${dateRaw}`, confidence: 'high' } : null,
    language: pick('lang', 'language'),
  };
  return { meta, rest: text.slice(m[0].length) };
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/~~([^~]+)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** Markdown body to raw lines: headings flagged, soft-wrapped paragraphs joined, syntax removed. */
export function markdownToRawLines(md: string): { lines: RawLine[]; images: string[] } {
  const out: RawLine[] = [];
  const images: string[] = [];
  let blanks = 1;
  let inFence = false;
  let para: RawLine | null = null;
  const flush = () => {
    if (para) out.push(para);
    para = null;
  };
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) {
      const t = squash(raw);
      if (t) out.push({ text: t, indent: 0, blankBefore: blanks, heading: 0 });
      blanks = 0;
      continue;
    }
    if (/^\s*$/.test(raw)) {
      flush();
      blanks++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) || /^\s*\[[^\]]+\]:\s*\S+/.test(raw) || /^\s*\|?\s*:?-{3,}/.test(raw)) {
      flush();
      blanks++;
      continue;
    }
    for (const m of raw.matchAll(/!\[([^\]]+)\]\([^)]*\)/g)) images.push(squash(m[1]));
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (h) {
      flush();
      const t = squash(inline(h[2]));
      if (t) out.push({ text: t, indent: 0, blankBefore: Math.max(blanks, 1), heading: h[1].length });
      blanks = 0;
      continue;
    }
    const list = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    const content = squash(inline(list ? list[2] : quote ? quote[1] : raw).replace(/^>\s?/, ''));
    if (!content) continue;
    if (list) {
      flush();
      para = { text: content, indent: list[1].length, blankBefore: blanks, heading: 0 };
    } else if (para) {
      para.text = `${para.text} ${content}`;
    } else {
      para = { text: content, indent: 0, blankBefore: blanks, heading: 0 };
    }
    blanks = 0;
  }
  flush();
  // Setext headings ("Title\n=====") come through as text followed by a rule; nothing else to do.
  return { lines: out, images };
}
