import type { Bloc, DateSource } from '../../../shared/model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-02-02" → "2 Feb 2017"; also copes with "2017-02" and "2017". Anything else is shown as given. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export interface DateLabel {
  text: string;
  /** What the date is, for a tooltip. */
  explanation: string;
  /** True when the date is not a publication date (a photo caption or a page clock). */
  uncertain: boolean;
}

export const DATE_SOURCE_EXPLANATIONS: Record<DateSource, string> = {
  stated: 'Publication date stated in the article.',
  metadata: "Publication date from the page's metadata.",
  caption: 'Date of a photo, read from its caption. Not a publication date: the article may be later.',
  'page-clock':
    'Date shown by the website’s clock when the page was saved. Not a publication date: the article may be older.',
  unknown: 'No publication date could be found.',
};

export function dateLabel(date: string | null, source: DateSource): DateLabel {
  const explanation = DATE_SOURCE_EXPLANATIONS[source];
  if (!date) return { text: 'no date', explanation: DATE_SOURCE_EXPLANATIONS.unknown, uncertain: true };
  const d = formatDate(date);
  if (source === 'caption') return { text: `photo ${d}?`, explanation, uncertain: true };
  if (source === 'page-clock') return { text: `page clock ${d}?`, explanation, uncertain: true };
  if (source === 'unknown') return { text: `${d}?`, explanation: 'Date of unknown origin. Not confirmed as a publication date.', uncertain: true };
  return { text: d, explanation, uncertain: false };
}

export const BLOC_LABELS: Record<Bloc, string> = {
  jihadist: 'Jihadist',
  islamist: 'Islamist',
  rebel: 'Rebel / opposition',
  'turkish-backed': 'Turkish-backed',
  'kurdish-led': 'Kurdish-led',
  government: 'Government',
  'pro-government': 'Pro-government',
  'foreign-state': 'Foreign states',
  governance: 'Governance bodies',
  other: 'Other',
};

/** "HH:MM" in local time, or '' when the timestamp cannot be read. */
export function formatClock(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

export function basename(p: string): string {
  const parts = p.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? p;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A message for people from whatever a rejected promise carried. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  return 'unknown error';
}

/** Ends a reason with a full stop unless it already has terminal punctuation. */
export function sentence(reason: string): string {
  const r = reason.trim();
  return /[.!?…]$/.test(r) ? r : `${r}.`;
}

/** "about 2 min left", "about 40 s left", "less than 10 s left"; null when there is no pace yet. */
export function timeLeft(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 10) return 'less than 10 s left';
  if (seconds < 60) return `about ${Math.round(seconds / 10) * 10} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `about ${h} h${m ? ` ${m} min` : ''} left`;
}

/** Elapsed time as "0:42" or "12:05" or "1:02:05". */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** 0.934 → "93%". */
export function percent(share: number): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}

export type DateConfidence = 'high' | 'medium' | 'low' | null;

export interface DateLine {
  /** "26 Jan 2017" or "2 Feb 2017?" (a question mark whenever the date is not a sure publication date). */
  date: string;
  /** Where it came from, said plainly: "stated in the article", "from a photo caption, not a publication date". */
  source: string;
  /** True when it is not a publication date, or not a sure one. */
  uncertain: boolean;
}

const SOURCE_WORDS: Record<DateSource, string> = {
  stated: 'stated in the article',
  metadata: 'from the page’s metadata',
  caption: 'from a photo caption, not a publication date',
  'page-clock': 'the site’s clock when the page was saved, not a publication date',
  unknown: 'origin unknown, not confirmed as a publication date',
};

/**
 * The reader's date line: the date with its source and how sure it is, honestly. A caption or a page
 * clock is never presented as a publication date; a stated or metadata date of medium or low
 * confidence says so.
 */
export function dateLine(date: string | null, source: DateSource, confidence: DateConfidence): DateLine | null {
  if (!date) return null;
  const d = formatDate(date);
  const notPublication = source === 'caption' || source === 'page-clock' || source === 'unknown';
  let words = SOURCE_WORDS[source];
  if (!notPublication && confidence === 'medium') words += ', probably the publication date';
  if (!notPublication && confidence === 'low') words += ', but unsure: check the text';
  const uncertain = notPublication || confidence === 'low' || confidence === 'medium';
  return { date: uncertain ? `${d}?` : d, source: words, uncertain };
}

/** "windows-1256" → "read as windows-1256"; the encoding name as the core recorded it. */
export function encodingNote(encoding: string | null): string | null {
  return encoding ? `read as ${encoding}` : null;
}

/** Absolute paths on disk (POSIX, Windows drive or UNC); dropped files without a path have bare names. */
export function isDiskPath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}
