// Finding a highlighted passage again after its body was rewritten (a re-clean). Offsets alone break as
// soon as furniture before the passage is removed, so a highlight also keeps its exact words and a little
// text either side (the W3C Web Annotation TextQuoteSelector idea). To re-anchor, in order:
//   1. the words still stand at the old offsets with the same text around them: nothing moved;
//   2. the exact words elsewhere: the occurrence whose surrounding text matches the stored prefix and
//      suffix best, the one nearest the old position on a tie;
//   3. the same, on a loose form of both texts (white space runs, letter case, marks, apostrophe, quote
//      and dash variants, invisible characters ignored), for a cleaner that re-flowed or normalised text;
//   4. nothing credible: the caller marks the highlight orphaned.
// A short quote ("HTS", "the") occurs all over a body; it is only moved to a place whose surroundings
// match enough of the stored context, so that a passage the cleaner dropped is reported lost instead of
// being silently pinned to other words.

/** Characters of context kept on each side. */
export const CONTEXT_LENGTH = 32;
/** A quote this long (in its loose form) is distinctive enough to be trusted without matching context. */
const DISTINCTIVE_QUOTE = 32;
/** How much of the stored context a candidate must match, at most. */
const REQUIRED_CONTEXT = 12;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface StoredQuote extends TextQuote {
  /** Where it was last anchored, in the body before the change. */
  start: number;
  end: number;
}

export interface Anchor extends TextQuote {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset falls between the two halves of one character (an emoji, a rare CJK letter). */
export function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** The quote at [start, end) with its context, never cutting a character in two at the context's edges. */
export function quoteAt(body: string, start: number, end: number): TextQuote {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsCharacter(body, from)) from--;
  let to = Math.min(body.length, end + CONTEXT_LENGTH);
  if (splitsCharacter(body, to)) to++;
  return { quote: body.slice(start, end), prefix: body.slice(from, start), suffix: body.slice(end, to) };
}

/** [start, end) without the white space a selection drags along at either end; null if nothing is left. */
export function trimRange(body: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** A loose form of a text with, for each of its characters, the span of the original it came from. */
interface LooseText {
  text: string;
  from: number[];
  to: number[];
}

const INVISIBLE = /[\u00AD\u0640\u200B-\u200F\u2060\uFEFF]/u;
const MARK = /\p{M}/gu;
const SPACE = /\s/u;
const VARIANTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

function loose(text: string): LooseText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      // A run of white space counts as one space, and leads nowhere at the start.
      if (out.length && out[out.length - 1] === ' ') {
        to[to.length - 1] = offset;
      } else if (out.length) {
        out.push(' ');
        from.push(start);
        to.push(offset);
      }
      continue;
    }
    const folded = VARIANTS[char] ?? char.normalize('NFKD').replace(MARK, '').toLowerCase();
    // One entry per UTF-16 unit, so that an index into the loose text is an index into these arrays.
    for (let unit = 0; unit < folded.length; unit++) {
      out.push(folded[unit]);
      from.push(start);
      to.push(offset);
    }
  }
  return { text: out.join(''), from, to };
}

function looseText(text: string): string {
  return loose(text).text.trim();
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

interface Candidate {
  start: number;
  end: number;
}

/** Re-anchors highlights on one (new) body; its loose form is built once, when first needed. */
export class QuoteAnchorer {
  private looseBody: LooseText | null = null;

  constructor(private readonly body: string) {}

  /** The highlight's new place in the body, or null when it cannot be found credibly. */
  anchor(stored: StoredQuote): Anchor | null {
    const { body } = this;
    if (
      body.slice(stored.start, stored.end) === stored.quote &&
      body.slice(Math.max(0, stored.start - stored.prefix.length), stored.start) === stored.prefix &&
      body.slice(stored.end, stored.end + stored.suffix.length) === stored.suffix
    ) {
      return this.result({ start: stored.start, end: stored.end });
    }
    const looseQuote = looseText(stored.quote);
    if (!looseQuote) return null;
    const prefix = looseText(stored.prefix);
    const suffix = looseText(stored.suffix);
    const required = looseQuote.length >= DISTINCTIVE_QUOTE ? 0 : Math.min(REQUIRED_CONTEXT, prefix.length + suffix.length);
    const best = this.best(this.exactCandidates(stored.quote), stored, prefix, suffix, required) ?? this.best(this.looseCandidates(looseQuote), stored, prefix, suffix, required);
    return best ? this.result(best) : null;
  }

  private result(at: Candidate): Anchor {
    return { start: at.start, end: at.end, ...quoteAt(this.body, at.start, at.end) };
  }

  private exactCandidates(quote: string): Candidate[] {
    const found: Candidate[] = [];
    for (let at = this.body.indexOf(quote); at >= 0; at = this.body.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
    return found;
  }

  private looseCandidates(quote: string): Candidate[] {
    this.looseBody ??= loose(this.body);
    const { text, from, to } = this.looseBody;
    const found: Candidate[] = [];
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ start: from[at], end: to[at + quote.length - 1] });
    return found;
  }

  private best(candidates: Candidate[], stored: StoredQuote, prefix: string, suffix: string, required: number): Candidate | null {
    let best: Candidate | null = null;
    let bestScore = -1;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
      const score = this.contextScore(candidate, prefix, suffix);
      if (score < required) continue;
      const distance = Math.abs(candidate.start - stored.start);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = candidate;
        bestScore = score;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** How many characters of the stored context (loose) the text around a candidate agrees with. */
  private contextScore(at: Candidate, prefix: string, suffix: string): number {
    // Loose forms can be shorter than the original, so a generous slice is read on each side.
    const window = 4 * CONTEXT_LENGTH;
    const before = looseText(this.body.slice(Math.max(0, at.start - window), at.start));
    const after = looseText(this.body.slice(at.end, at.end + window));
    return commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
  }
}
