// A small date reader for the forms that news pages print. No dependency; returns ISO YYYY-MM-DD.
// English: "26 January, 2017", "January 26, 2017", "Jan. 26, 2017", "26th of Jan 2017", "2017-01-26",
// "26/01/2017" (day first unless impossible), "2017/01/26", "Thursday, June 3, 2025".
// Arabic: "26 يناير 2017", "٢٦ كانون الثاني ٢٠١٧" (Egyptian and Levantine month names, Arabic-Indic digits).

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1], ['كانون الأول', 12], ['تشرين الأول', 10], ['تشرين الثاني', 11],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11],
  ['ديسمبر', 12], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5], ['حزيران', 6], ['تموز', 7],
  ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9],
];

const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const ORD = '(?:st|nd|rd|th)?';

export interface DateHit {
  value: string;
  /** The matched text. */
  match: string;
  index: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

function iso(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Arabic-Indic and Persian digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));
}

/** Every date found in the text, in order of position. Never throws. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const ANY_ARABIC_LETTER = /[\u0621-\u064a]/;
const AR_MONTH_RES: [RegExp, number][] = AR_MONTHS.map(([name, month]) => [
  new RegExp(`(\\d{1,2})\\s*(?:من\\s+)?${name}(?:\\s*\\([^)]{0,20}\\))?\\s*[،,]?\\s*(\\d{4})`, 'g'),
  month,
]);

export function findDates(input: string): DateHit[] {
  if (!ANY_DIGIT.test(input)) return []; // every form has digits
  const text = asciiDigits(input);
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, match: string, value: string | null) => {
    if (!value) return;
    const end = index + match.length;
    if (taken.some(([a, b]) => index < b && end > a)) return;
    taken.push([index, end]);
    hits.push({ value, match, index });
  };
  let m: RegExpExecArray | null;

  // ISO 2017-01-26 (also inside 2017-01-26T10:00:00Z) and 2017/01/26
  const isoRe = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
  while ((m = isoRe.exec(text))) add(m.index, m[0], iso(+m[1], +m[2], +m[3]));

  // 26 January, 2017 / 26th of Jan. 2017 / 08 December 2019 (the day may be glued to a preceding digit run: "+308 December")
  const dmy = new RegExp(`(\\d{1,2})${ORD}\\s*(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4})(?!\\d)`, 'gi');
  while ((m = dmy.exec(text))) add(m.index, m[0], iso(+m[3], EN_MONTHS[m[2].toLowerCase()], +m[1]));

  // January 26, 2017 / Jan. 26 2017 / Thursday, June 3, 2025
  const mdy = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)`, 'gi');
  while ((m = mdy.exec(text))) add(m.index, m[0], iso(+m[3], EN_MONTHS[m[1].toLowerCase()], +m[2]));

  // 26/01/2017, 26.01.2017, 01-26-2017: day first unless that is impossible
  const num = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
  while ((m = num.exec(text))) {
    const a = +m[1];
    const b = +m[2];
    const y = +m[3];
    add(m.index, m[0], iso(y, b, a) ?? iso(y, a, b));
  }

  // Arabic month names
  if (ANY_ARABIC_LETTER.test(text)) {
    for (const [re, month] of AR_MONTH_RES) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) add(m.index, m[0], iso(+m[2], month, +m[1]));
    }
  }

  hits.sort((x, y) => x.index - y.index);
  return hits;
}

export function firstDate(text: string): DateHit | null {
  return findDates(text)[0] ?? null;
}

/** Parse a machine date ("2017-01-26T10:00:00+03:00", "2017-01-26", RFC 2822 ...) to YYYY-MM-DD. */
export function parseMachineDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  const hit = firstDate(t);
  if (hit) return hit.value;
  const ms = Date.parse(t);
  if (!Number.isNaN(ms)) {
    const d = new Date(ms);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

const WEEKDAYS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?/gi;
const AR_WEEKDAYS = /(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)/g;
const DATE_WORDS = /\b(?:published|posted|updated|last updated|modified|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cet|cest|bst|ast|eet|eest|local time|time|first published|created)\b:?/gi;

/**
 * If the line is essentially a date (optionally with weekday, time, zone and a "Published"/"Updated" label),
 * return it; otherwise null.
 */
export function dateLine(line: string): DateHit | null {
  const hits = findDates(line);
  if (hits.length === 0 || hits.length > 2) return null;
  let rest = asciiDigits(line);
  for (const h of hits) rest = rest.replace(h.match, ' ');
  rest = rest
    .replace(WEEKDAYS, ' ')
    .replace(AR_WEEKDAYS, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/(?:نشر|نشر في|تاريخ النشر|آخر تحديث|تحديث)/g, ' ')
    .replace(/\d{1,2}[:.]\d{2}(?:[:.]\d{2})?/g, ' ')
    .replace(/[+-]?\d{1,4}/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  const leftover = rest ? rest.split(/\s+/).length : 0;
  return leftover <= 2 ? hits[0] : null;
}

/** "Published", "Posted", "Updated" ... : the line says it is the publication date. */
export function hasPublishWord(line: string): boolean {
  return /\b(?:published|posted|first published|publication date|date published)\b|(?:نشر|تاريخ النشر)/i.test(line);
}

/** A time of day with a zone or on a clock-like line: "09:05 GMT", "10:32 AM". */
export function hasClockTime(line: string): boolean {
  return /\b\d{1,2}[:.]\d{2}\b\s*(?:[ap]\.?m\.?|gmt|utc|[+-]\d)/i.test(asciiDigits(line)) || /^\s*\d{1,2}:\d{2}\b/.test(asciiDigits(line));
}
