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
