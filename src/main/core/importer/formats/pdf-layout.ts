// Reading order for PDF text. pdfjs-dist gives positioned text runs ("items") in content-stream order,
// which for many PDFs is not reading order (columns drawn line by line across, headers drawn last).
// Pure functions over item positions, so they are tested with synthetic pages as well as real PDFs.
//
// Method, per page (coordinates are PDF user space: y grows upwards, baselines):
//  1. Rows: items whose baselines are within 0.4 em of each other. Fragments: a row's items split where the
//     horizontal gap exceeds 1 em (wider than any word space, narrower than a column gutter).
//  2. Running headers and footers: the fragments of the two top-most and two bottom-most rows of every page
//     (when in the top or bottom fifth of the page) are compared across pages with digits masked ("Page 3 of 9" = "Page # of #"); one found on at least half
//     of the pages (and on two or more) is removed wherever it sits in those rows. Page numbers alone
//     ("7", "- 7 -", "Page 7", "7 of 9", "صفحة ٧", roman numerals) are removed from those rows on any page.
//  3. Columns: an x-histogram of fragment coverage in 2-unit bins. A gutter is an interior run of bins at
//     least max(6, 0.6 em) wide that almost no fragment crosses (at most 15% of them: full-width titles and
//     footnotes may; the run is narrowed to its emptiest stretch), with at least three fragments and a fifth of the page's fragments wholly on each side.
//     Fragments crossing a gutter are full-width: they cut the page into sections; each section is read
//     column by column (right to left when most of the page's text is right-to-left), top to bottom.
//  4. Paragraphs, within a column: a new one after a vertical gap over 1.45 times the page's usual line
//     pitch, a change of font size over 15%, an indented first line, or a short line ending a sentence.
//     A paragraph continues across a column or page break when it did not end a sentence and the next
//     line starts in lower case.
//  5. Line-end hyphens: "organ-" + "isation" -> "organisation"; kept before a capital ("al-" + "Sham" ->
//     "al-Sham") or when the document spells that word with a hyphen elsewhere; soft hyphens always go.
// Limits: tables are read as columns when they look like columns; text in rotated runs is read in its
// row; a header that changes on every page (a chapter title) stays unless it repeats on half the pages.

export interface PdfTextItem {
  str: string;
  /** Baseline start, PDF user space. */
  x: number;
  y: number;
  width: number;
  /** Font size (em) in user space units. */
  size: number;
  rtl: boolean;
}

export interface PdfPageItems {
  items: PdfTextItem[];
  width: number;
  height: number;
}

export interface PdfLayoutResult {
  /** Paragraphs separated by blank lines, in reading order. */
  text: string;
  /** How many header, footer and page-number fragments were removed. */
  removedFurniture: number;
  /** 1-based numbers of pages with no text at all (scanned images). */
  pagesWithoutText: number[];
  /** 1-based numbers of pages read as several columns. */
  multiColumnPages: number[];
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  rtl: boolean;
  rtlChars: number;
  chars: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  rtl: boolean;
  /** Flow index: lines of one column of one section of one page share it. */
  flow: number;
  colLeft: number;
  colRight: number;
}

const TERMINAL = /[.!?:;"”’»)\]؟۔…]$/u;

export function layoutPdfPages(pages: PdfPageItems[]): PdfLayoutResult {
  const pageFragments = pages.map((p) => toRows(p.items));
  const pagesWithoutText = pageFragments.flatMap((rows, i) => (rows.length ? [] : [i + 1]));
  const removedFurniture = removeRunningFurniture(pageFragments, pages.map((p) => p.height));

  const lines: Line[] = [];
  const multiColumnPages: number[] = [];
  let flow = 0;
  pageFragments.forEach((rows, pageIndex) => {
    const fragments = rows.flat();
    if (!fragments.length) return;
    const { flows, columns } = readingOrder(fragments);
    if (columns > 1) multiColumnPages.push(pageIndex + 1);
    for (const f of flows) {
      flow++;
      lines.push(...toLines(f.fragments, flow, f.left, f.right));
    }
  });

  const hyphenated = hyphenatedWords(lines);
  const paragraphs = toParagraphs(lines, hyphenated);
  return { text: paragraphs.join('\n\n'), removedFurniture, pagesWithoutText, multiColumnPages };
}

// ---------------------------------------------------------------------------------------------------
// 1. rows and fragments

function toRows(items: PdfTextItem[]): Fragment[][] {
  const usable = items.filter((i) => i.str && i.str.trim() && Number.isFinite(i.x) && Number.isFinite(i.y));
  usable.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  let row: PdfTextItem[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const item of usable) {
    const size = Math.max(item.size, 1);
    if (row.length && Math.abs(rowY - item.y) <= 0.4 * Math.max(size, rowSize)) {
      row.push(item);
      rowSize = Math.max(rowSize, size);
    } else {
      if (row.length) rows.push(row);
      row = [item];
      rowY = item.y;
      rowSize = size;
    }
  }
  if (row.length) rows.push(row);
  return rows.map(rowToFragments);
}

function rowToFragments(row: PdfTextItem[]): Fragment[] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const groups: PdfTextItem[][] = [];
  let end = -Infinity;
  for (const item of sorted) {
    const size = Math.max(item.size, 1);
    const last = groups[groups.length - 1];
    const itemEnd = item.x + Math.max(item.width, 0);
    if (last && item.x - end <= size) {
      last.push(item);
      end = Math.max(end, itemEnd);
    } else {
      groups.push([item]);
      end = itemEnd;
    }
  }
  return groups.map(joinItems);
}

function joinItems(items: PdfTextItem[]): Fragment {
  let rtlChars = 0;
  let chars = 0;
  for (const i of items) {
    const n = i.str.replace(/\s/g, '').length;
    chars += n;
    if (i.rtl) rtlChars += n;
  }
  const rtl = rtlChars > chars / 2;
  // pdfjs gives each run's text in logical order; on a right-to-left line the runs follow one another leftwards
  const ordered = rtl ? [...items].sort((a, b) => b.x + b.width - (a.x + a.width)) : items;
  let text = '';
  let prev: PdfTextItem | null = null;
  for (const item of ordered) {
    if (prev) {
      const gap = rtl ? prev.x - (item.x + item.width) : item.x - (prev.x + prev.width);
      if (gap > 0.15 * Math.max(item.size, prev.size, 1) && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
    prev = item;
  }
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x0: Math.min(...items.map((i) => i.x)),
    x1: Math.max(...items.map((i) => i.x + Math.max(i.width, 0))),
    y: items.reduce((s, i) => s + i.y, 0) / items.length,
    size: Math.max(...items.map((i) => i.size)),
    rtl,
    rtlChars,
    chars,
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. running headers, footers and page numbers

const PAGE_NUMBER = [
  /^[-–—~]?\s*#+\s*[-–—~]?$/,
  /^(?:page|p\.|pg\.?|صفحة|الصفحة|ص\.?)\s*#+(?:\s*(?:of|\/|من)\s*#+)?$/i,
  /^#+\s*(?:of|\/|من)\s*#+$/i,
  /^[ivxlcdm]{1,7}$/i,
];

function maskKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isPageNumber(text: string): boolean {
  const key = maskKey(text);
  return PAGE_NUMBER.some((re) => re.test(key));
}

/** Removes furniture in place; returns how many fragments went. */
function removeRunningFurniture(pages: Fragment[][][], heights: number[]): number {
  // the two top-most and two bottom-most rows, when they sit in the top or bottom fifth of the page
  const edgeRows = (rows: Fragment[][], height: number): Set<number> => {
    const n = rows.length;
    const inZone = (i: number) => !(height > 0) || rows[i][0].y >= 0.8 * height || rows[i][0].y <= 0.2 * height;
    return new Set([0, 1, n - 2, n - 1].filter((i) => i >= 0 && i < n && inZone(i)));
  };
  const seenOn = new Map<string, Set<number>>();
  pages.forEach((rows, p) => {
    for (const r of edgeRows(rows, heights[p])) {
      for (const f of rows[r]) {
        const key = maskKey(f.text);
        if (!seenOn.has(key)) seenOn.set(key, new Set());
        seenOn.get(key)!.add(p);
      }
    }
  });
  const textPages = pages.filter((rows) => rows.length).length;
  const repeated = (key: string) => {
    const n = seenOn.get(key)?.size ?? 0;
    return textPages >= 2 && n >= 2 && n >= textPages / 2;
  };
  let removed = 0;
  pages.forEach((rows, p) => {
    const edges = edgeRows(rows, heights[p]);
    // a page of one or two rows is all edges: only page numbers are taken from it
    const small = rows.length <= 2;
    for (const r of edges) {
      rows[r] = rows[r].filter((f) => {
        const key = maskKey(f.text);
        const drop = isPageNumber(f.text) || (!small && repeated(key));
        if (drop) removed++;
        return !drop;
      });
    }
    pages[p] = rows.filter((row) => row.length);
  });
  return removed;
}

// ---------------------------------------------------------------------------------------------------
// 3. columns and reading order

interface Flow {
  fragments: Fragment[];
  left: number;
  right: number;
}

function readingOrder(fragments: Fragment[]): { flows: Flow[]; columns: number } {
  const gutters = findGutters(fragments);
  const minX = Math.min(...fragments.map((f) => f.x0));
  const maxX = Math.max(...fragments.map((f) => f.x1));
  if (!gutters.length) return { flows: [{ fragments, left: minX, right: maxX }], columns: 1 };

  const bounds = [minX, ...gutters.flatMap((g) => [g.start, g.end]), maxX];
  const columnOf = (f: Fragment): number => {
    for (let k = 0; k < gutters.length; k++) {
      const g = gutters[k];
      if (f.x0 < g.end && f.x1 > g.start) return -1; // crosses this gutter: full width
    }
    const mid = (f.x0 + f.x1) / 2;
    let k = 0;
    while (k < gutters.length && mid > gutters[k].start) k++;
    return k;
  };
  const rtlPage = fragments.reduce((s, f) => s + f.rtlChars, 0) > fragments.reduce((s, f) => s + f.chars, 0) / 2;
  const order = [...Array(gutters.length + 1).keys()];
  if (rtlPage) order.reverse();

  const flows: Flow[] = [];
  let section: Fragment[][] = order.map(() => []);
  const flush = () => {
    for (const k of order) {
      if (section[k].length) flows.push({ fragments: section[k], left: bounds[2 * k], right: bounds[2 * k + 1] });
    }
    section = order.map(() => []);
  };
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  for (const f of sorted) {
    const k = columnOf(f);
    if (k < 0) {
      flush();
      flows.push({ fragments: [f], left: minX, right: maxX });
    } else {
      section[k].push(f);
    }
  }
  flush();
  return { flows, columns: gutters.length + 1 };
}

function findGutters(fragments: Fragment[]): { start: number; end: number }[] {
  if (fragments.length < 6) return [];
  const minX = Math.min(...fragments.map((f) => f.x0));
  const maxX = Math.max(...fragments.map((f) => f.x1));
  const BIN = 2;
  const bins = Math.ceil((maxX - minX) / BIN) + 1;
  if (bins < 10) return [];
  const coverage = new Uint32Array(bins);
  for (const f of fragments) {
    const a = Math.max(0, Math.floor((f.x0 - minX) / BIN));
    const b = Math.min(bins - 1, Math.floor((f.x1 - minX) / BIN));
    for (let i = a; i <= b; i++) coverage[i]++;
  }
  const sizes = fragments.map((f) => f.size).sort((a, b) => a - b);
  const em = sizes[Math.floor(sizes.length / 2)];
  const minWidth = Math.max(6, 0.6 * em);
  const allowance = Math.floor(0.15 * fragments.length);
  const gutters: { start: number; end: number }[] = [];
  let runStart = -1;
  for (let i = 0; i <= bins; i++) {
    const low = i < bins && coverage[i] <= allowance;
    if (low && runStart < 0) runStart = i;
    if (!low && runStart >= 0) {
      if (runStart > 0 && i < bins) {
        // narrow the run to its emptiest stretch: beside a ragged column edge a few long lines reach into
        // the low run, and they belong to their column, not across the gutter
        let least = Infinity;
        for (let k = runStart; k < i; k++) least = Math.min(least, coverage[k]);
        let best: [number, number] | null = null;
        for (let k = runStart; k < i; ) {
          if (coverage[k] !== least) {
            k++;
            continue;
          }
          let e = k;
          while (e < i && coverage[e] === least) e++;
          if (!best || e - k > best[1] - best[0]) best = [k, e];
          k = e;
        }
        const start = minX + best![0] * BIN;
        const end = minX + best![1] * BIN;
        if (end - start >= minWidth) gutters.push({ start, end });
      }
      runStart = -1;
    }
  }
  // keep gutters with real columns on both sides
  const accepted: { start: number; end: number }[] = [];
  let leftEdge = minX;
  for (const g of gutters) {
    const next = gutters.find((h) => h.start > g.start);
    const rightEdge = next ? next.start : maxX;
    const left = fragments.filter((f) => f.x1 <= g.start + BIN && f.x0 >= leftEdge - BIN).length;
    const right = fragments.filter((f) => f.x0 >= g.end - BIN && f.x1 <= rightEdge + BIN).length;
    if (left >= 3 && right >= 3 && left >= fragments.length / 5 && right >= fragments.length / 5) {
      accepted.push(g);
      leftEdge = g.end;
    }
  }
  return accepted;
}

// ---------------------------------------------------------------------------------------------------
// 4. lines and paragraphs

function toLines(fragments: Fragment[], flow: number, colLeft: number, colRight: number): Line[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Line[] = [];
  let group: Fragment[] = [];
  const close = () => {
    if (!group.length) return;
    const rtl = group.reduce((s, f) => s + f.rtlChars, 0) > group.reduce((s, f) => s + f.chars, 0) / 2;
    const ordered = [...group].sort((a, b) => (rtl ? b.x0 - a.x0 : a.x0 - b.x0));
    lines.push({
      text: ordered.map((f) => f.text).join(' '),
      x0: Math.min(...group.map((f) => f.x0)),
      x1: Math.max(...group.map((f) => f.x1)),
      y: group[0].y,
      size: Math.max(...group.map((f) => f.size)),
      rtl,
      flow,
      colLeft,
      colRight,
    });
    group = [];
  };
  for (const f of sorted) {
    if (group.length && Math.abs(group[0].y - f.y) > 0.4 * Math.max(f.size, group[0].size)) close();
    group.push(f);
  }
  close();
  return lines;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]; // the lower median: one big gap among two must not set the pitch
}

function toParagraphs(lines: Line[], hyphenated: Set<string>): string[] {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.flow === b.flow && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) pitches.push(a.y - b.y);
  }
  const pitch = median(pitches);

  const paragraphs: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const b = lines[i];
    const a = i > 0 ? lines[i - 1] : null;
    if (!a) {
      current = b.text;
      continue;
    }
    let breakHere: boolean;
    if (a.flow !== b.flow) {
      // a column, section or page break: the paragraph goes on only if the sentence visibly does
      const ended = TERMINAL.test(a.text);
      breakHere = ended || !(/^\p{Ll}/u.test(b.text) || /[-\u00ad\u2010]$/.test(a.text)) || Math.abs(a.size - b.size) > 0.15 * a.size;
    } else {
      const gap = a.y - b.y;
      const sizeChange = Math.abs(a.size - b.size) > 0.15 * Math.max(a.size, b.size);
      const bigGap = gap > (pitch ? 1.45 * pitch : 1.6 * Math.max(a.size, b.size)) || gap < 0;
      const width = b.colRight - b.colLeft;
      const indentOf = (l: Line) => (l.rtl ? l.colRight - l.x1 : l.x0 - l.colLeft);
      const indented = indentOf(b) > 1.2 * b.size && indentOf(b) < width / 3 && indentOf(a) <= 1.2 * a.size;
      const aShort = (a.rtl ? a.x0 - a.colLeft : a.colRight - a.x1) > 0.2 * width;
      const shortEnd = aShort && TERMINAL.test(a.text);
      breakHere = bigGap || sizeChange || indented || shortEnd;
    }
    if (breakHere) {
      push();
      current = b.text;
    } else {
      current = joinLine(current, b.text, hyphenated);
    }
  }
  push();
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------------
// 5. line-end hyphens

const WORD_BEFORE_HYPHEN = /([\p{L}\p{M}]+)[-\u2010]$/u;
const WORD_AFTER = /^([\p{L}\p{M}]+)/u;

function joinLine(text: string, next: string, hyphenated: Set<string>): string {
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  const before = WORD_BEFORE_HYPHEN.exec(text);
  if (before) {
    const after = WORD_AFTER.exec(next);
    if (after && /^\p{Ll}/u.test(after[1]) && !hyphenated.has(`${before[1]}-${after[1]}`.toLowerCase())) {
      return text.slice(0, -1) + next;
    }
    return text + next; // "al-" + "Sham": a real hyphen
  }
  return `${text} ${next}`;
}

/** Hyphenated words the document writes inside a line ("al-Nusra", "pro-government"), lower-cased. */
function hyphenatedWords(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    for (const m of l.text.matchAll(/([\p{L}\p{M}]+)[-\u2010]([\p{L}\p{M}]+)/gu)) out.add(`${m[1]}-${m[2]}`.toLowerCase());
  }
  return out;
}
