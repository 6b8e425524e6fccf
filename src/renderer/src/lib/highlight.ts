// Pure text-marking helpers for the reader: paragraphs with their offsets into the body, search-term
// ranges, and the runs (plain text / search hit / mention with nested hits) a paragraph renders as.
// Offsets are UTF-16 code units, the same unit as JavaScript string indices and Mention.start/end.

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the whole text. */
  start: number;
  end: number;
  text: string;
}

/** A mention to mark, in the coordinates of the text it is marked in. */
export interface MarkSpan extends Span {
  mentionId: number;
  entityId: string;
}

export interface Piece {
  text: string;
  hit: boolean;
}

export type Run =
  | { kind: 'text'; text: string; hit: boolean }
  | { kind: 'mention'; mark: MarkSpan; pieces: Piece[] };

/** Splits on blank-line separators ("\n\n"), keeping each paragraph's offset; blank paragraphs are dropped. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const next = text.indexOf('\n\n', pos);
    const end = next === -1 ? text.length : next;
    const chunk = text.slice(pos, end);
    if (chunk.trim().length > 0) out.push({ start: pos, end, text: chunk });
    if (next === -1) break;
    pos = next + 2;
  }
  return out;
}

/**
 * The mentions that start inside [rangeStart, rangeEnd) of the full text, shifted to the range's own
 * coordinates and clipped to its end (so a mention never appears in two ranges). Overlapping mentions cannot all be marks; the earliest (then longest)
 * wins and the others are left out.
 */
export function marksInRange(
  mentions: readonly { id: number; entityId: string; start: number; end: number }[],
  rangeStart: number,
  rangeEnd: number,
): MarkSpan[] {
  const inside = mentions
    .filter((m) => m.start >= rangeStart && m.start < rangeEnd && m.end > m.start)
    .map((m) => ({
      mentionId: m.id,
      entityId: m.entityId,
      start: m.start - rangeStart,
      end: Math.min(m.end, rangeEnd) - rangeStart,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkSpan[] = [];
  let lastEnd = -1;
  for (const m of inside) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;

/** Cleans what a search engine or a person might leave in a term: field prefixes, operators, wildcards. */
export function cleanTerm(raw: string): string {
  let t = raw.trim();
  t = t.replace(/^[+-]+/, '');
  t = t.replace(/^[a-z]+:(?=\S)/i, '');
  t = t.replace(/[~^]\d*$/, '');
  t = t.replace(/^["“”]+|["“”]+$/g, '');
  t = t.replace(/\*+$/, '').replace(/^\*+/, '');
  return t.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): string | null {
  const t = cleanTerm(term);
  if (!t) return null;
  const latin = LATIN_START.test(t);
  if (latin && t.length < 2) return null;
  const words = t.split(/\s+/).map((w) => escapeRegExp(w).replace(APOSTROPHES, "['\u2018\u2019\u02bc`]"));
  const body = words.join('\\s+');
  // Latin-script terms match at the start of a word (stems such as "fight" still match "fighters");
  // other scripts match anywhere, since Arabic attaches articles and prepositions to the word.
  return latin ? `(?<![\\p{L}\\p{N}])${body}` : body;
}

/** Every occurrence of any term, case-insensitive, merged into sorted non-overlapping ranges. */
export function findTermRanges(text: string, terms: readonly string[]): Span[] {
  const patterns = Array.from(new Set(terms.map(termPattern).filter((p): p is string => p !== null)));
  if (patterns.length === 0 || text.length === 0) return [];
  // Longer alternatives first so "nusra front" wins over "nusra" at the same position.
  patterns.sort((a, b) => b.length - a.length);
  let re: RegExp;
  try {
    re = new RegExp(patterns.join('|'), 'giu');
  } catch {
    return [];
  }
  const found: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0 || m.index === undefined) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function pieces(text: string, from: number, to: number, hits: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let pos = from;
  for (const h of hits) {
    if (h.end <= pos) continue;
    if (h.start >= to) break;
    const s = Math.max(h.start, pos);
    const e = Math.min(h.end, to);
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), hit: false });
  return out;
}

/** The runs a piece of text renders as: plain/hit text between marks, marks with their own hit pieces. */
export function buildRuns(text: string, marks: readonly MarkSpan[], hits: readonly Span[]): Run[] {
  const runs: Run[] = [];
  let pos = 0;
  for (const mark of marks) {
    const start = Math.max(mark.start, pos);
    const end = Math.min(mark.end, text.length);
    if (end <= start) continue;
    for (const p of pieces(text, pos, start, hits)) runs.push({ kind: 'text', ...p });
    runs.push({ kind: 'mention', mark: { ...mark, start, end }, pieces: pieces(text, start, end, hits) });
    pos = end;
  }
  for (const p of pieces(text, pos, text.length, hits)) runs.push({ kind: 'text', ...p });
  return runs;
}

/**
 * The body marks of each entity in reading order, exactly as the reader renders them (same paragraph
 * split and overlap rule), so stepping "2 / 5" matches the marks on screen.
 */
export function bodyMarksByEntity(
  body: string,
  mentions: readonly { id: number; entityId: string; start: number; end: number; location: string }[],
): Map<string, number[]> {
  const inBody = mentions.filter((m) => m.location === 'body');
  const out = new Map<string, number[]>();
  for (const p of splitParagraphs(body)) {
    for (const mark of marksInRange(inBody, p.start, p.end)) {
      const list = out.get(mark.entityId) ?? [];
      list.push(mark.mentionId);
      out.set(mark.entityId, list);
    }
  }
  return out;
}
