// The reader's own highlights, layered over the runs a paragraph renders as (plain text, search hits,
// faction mentions). Pure functions, unit-tested; offsets are UTF-16 code units like everything else.
import type { HighlightColor } from '../../../shared/model';
import type { Run, Span } from './highlight';

/** An anchored highlight, in the coordinates of the paragraph it is drawn in. */
export interface HighlightSpan extends Span {
  highlightId: number;
  color: HighlightColor;
  hasComment: boolean;
}

/** Consecutive runs of a paragraph, all inside one highlight or all outside any. */
export interface RunGroup {
  highlight: HighlightSpan | null;
  runs: Run[];
}

/**
 * The highlights that overlap [rangeStart, rangeEnd) of the body, shifted to the range's coordinates and
 * clipped to it (a highlight over two paragraphs is drawn in both). Where two highlights overlap, the
 * earlier one keeps the overlap, so every character belongs to at most one.
 */
export function highlightsInRange(
  highlights: readonly { id: number; start: number | null; end: number | null; color: HighlightColor; comment: string | null }[],
  rangeStart: number,
  rangeEnd: number,
): HighlightSpan[] {
  const inside: HighlightSpan[] = [];
  for (const h of highlights) {
    if (h.start === null || h.end === null) continue; // orphaned: nothing to paint
    if (h.end <= rangeStart || h.start >= rangeEnd) continue;
    inside.push({
      highlightId: h.id,
      color: h.color,
      hasComment: !!h.comment,
      start: Math.max(h.start, rangeStart) - rangeStart,
      end: Math.min(h.end, rangeEnd) - rangeStart,
    });
  }
  inside.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HighlightSpan[] = [];
  let lastEnd = 0;
  for (const h of inside) {
    const start = Math.max(h.start, lastEnd);
    if (start >= h.end) continue;
    out.push({ ...h, start });
    lastEnd = h.end;
  }
  return out;
}

function runLength(run: Run): number {
  return run.kind === 'text' ? run.text.length : run.mark.end - run.mark.start;
}

/** Cuts a text run at `at` characters from its start. */
function splitText(run: Extract<Run, { kind: 'text' }>, at: number): [Run, Run] {
  return [
    { kind: 'text', text: run.text.slice(0, at), hit: run.hit },
    { kind: 'text', text: run.text.slice(at), hit: run.hit },
  ];
}

/**
 * Groups a paragraph's runs by highlight. Plain text is cut exactly at highlight edges; a faction
 * mention is never cut (it stays one mark, so stepping and counting stay right): it goes whole into the
 * highlight its first character belongs to, or, when a highlight starts inside it, into that highlight.
 * The text the groups hold is exactly the paragraph's text, in order.
 */
export function groupRunsByHighlight(runs: readonly Run[], highlights: readonly HighlightSpan[]): RunGroup[] {
  const groups: RunGroup[] = [];
  const push = (highlight: HighlightSpan | null, run: Run): void => {
    const last = groups[groups.length - 1];
    if (last && last.highlight === highlight) last.runs.push(run);
    else groups.push({ highlight, runs: [run] });
  };
  const at = (pos: number): HighlightSpan | null => highlights.find((h) => h.start <= pos && pos < h.end) ?? null;
  let pos = 0;
  const queue = [...runs];
  while (queue.length) {
    const run = queue.shift()!;
    const len = runLength(run);
    if (len === 0) continue;
    if (run.kind === 'mention') {
      const owner = at(pos) ?? highlights.find((h) => h.start > pos && h.start < pos + len) ?? null;
      push(owner, run);
      pos += len;
      continue;
    }
    const owner = at(pos);
    // Where the current state (inside a highlight, or outside) ends within this run.
    const boundary = owner ? owner.end : (highlights.find((h) => h.start > pos)?.start ?? Infinity);
    if (boundary < pos + len) {
      const [head, tail] = splitText(run, boundary - pos);
      push(owner, head);
      queue.unshift(tail);
      pos = boundary;
    } else {
      push(owner, run);
      pos += len;
    }
  }
  return groups;
}

/**
 * The body offsets [start, end) of a DOM selection inside the reader's paragraphs, or null when it does
 * not lie in the body. Each paragraph element carries data-start (its offset in the body) and renders
 * exactly its text, so a range's string length is an offset in UTF-16 units.
 */
export function selectionToBodyRange(selection: Selection | null, body: HTMLElement): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number, edge: 'start' | 'end'): number | null => {
    const element = node instanceof Element ? node : node.parentElement;
    let paragraph = element?.closest<HTMLElement>('[data-start]') ?? null;
    if (!paragraph || !body.contains(paragraph)) {
      // The selection edge is on the body itself or between paragraphs: take the nearest paragraph edge.
      const paragraphs = Array.from(body.querySelectorAll<HTMLElement>('[data-start]'));
      const probe = document.createRange();
      probe.setStart(node, offset);
      paragraph =
        edge === 'start'
          ? (paragraphs.find((p) => probe.comparePoint(p, 0) >= 0) ?? null)
          : ([...paragraphs].reverse().find((p) => probe.comparePoint(p, p.childNodes.length) <= 0) ?? null);
      if (!paragraph) return null;
      const base = Number(paragraph.dataset.start);
      return edge === 'start' ? base : base + (paragraph.textContent ?? '').length;
    }
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return Number(paragraph.dataset.start) + before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset, 'start');
  const end = offsetOf(range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
