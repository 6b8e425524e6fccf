// A small date reader for the forms that news pages print. No dependency; returns ISO YYYY-MM-DD.
// English: "26 January, 2017", "January 26, 2017", "Jan. 26, 2017", "26th of Jan 2017", "26-Jan-2017",
// "2017-01-26" (also inside 2017-01-26T10:00:00Z), "26/01/2017" and "26.01.2017" (day first unless that is
// impossible; a slashed one is flagged ambiguous when both readings are possible), "2017/01/26",
// "Thursday, June 3, 2025", "Thursday 26/01/2017", "Published: 14:02 GMT, 3 June 2025", "Updated ...".
// Arabic: "26 يناير 2017", "٢٦ كانون الثاني ٢٠١٧", "26 كانون الثاني/يناير 2017", "الخميس ٢٦/١/٢٠١٧" (Egyptian
// and Levantine/Syriac month names, Arabic-Indic and Persian digits).
// Dates without a year ("3 min read · Jan 26", "26 كانون الثاني") are only read from a line that is
// nothing but the date (yearlessDateLine); the cleaner takes the year from the page or leaves it unknown.

const LATIN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  // French
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11,
  décembre: 12,
};
const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1], ['كانون الأول', 12], ['تشرين الأول', 10], ['تشرين الثاني', 11],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11],
  ['ديسمبر', 12], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5], ['حزيران', 6], ['تموز', 7],
  ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9],
];

const MONTH_RE =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
/** "26th", and the French "1er". */
const ORD = '(?:st|nd|rd|th|er)?';

export interface DateHit {
  /** YYYY-MM-DD; "--MM-DD" for a date printed without its year (yearless). */
  value: string;
  /** The matched text. */
  match: string;
  index: number;
  /** A numeric date that also reads the other way round (03/04/2017). */
  ambiguous?: boolean;
  /** Printed without a year: value is "--MM-DD". */
  yearless?: boolean;
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
  // (bidirectional marks go: a right-to-left page writes «٢٤‏/٠٣‏/٢٠١٤» with one after each number)
  return s.replace(/[\u200e\u200f\u061c]/g, '').replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));
}

/** Every date found in the text, in order of position. Never throws. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const LATIN_LETTER = /[a-z]/i;
const DMY = new RegExp(`(\\d{1,2})${ORD}\\s*(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4})(?!\\d)`, 'gi');
const MDY = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)`, 'gi');
const DASHED = new RegExp(`(?<!\\d)(\\d{1,2})-${MONTH_RE}-(\\d{4})(?!\\d)`, 'gi');
const NUMERIC = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const ANY_ARABIC_LETTER = /[\u0621-\u064a]/;
const AR_MONTH_RES: [RegExp, number][] = AR_MONTHS.map(([name, month]) => [
  new RegExp(`(\\d{1,2})\\s*(?:من\\s+)?${name}(?:\\s*\\([^)]{0,20}\\)|\\s*/\\s*[\\u0621-\\u064a]+(?:\\s[\\u0621-\\u064a]+)?)?\\s*[،,]?\\s*(\\d{4})`, 'g'),
  month,
]);

export function findDates(input: string): DateHit[] {
  if (!ANY_DIGIT.test(input)) return []; // every form has digits
  const text = asciiDigits(input);
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, match: string, value: string | null, ambiguous = false) => {
    if (!value) return;
    const end = index + match.length;
    if (taken.some(([a, b]) => index < b && end > a)) return;
    taken.push([index, end]);
    hits.push(ambiguous ? { value, match, index, ambiguous } : { value, match, index });
  };
  let m: RegExpExecArray | null;

  // ISO 2017-01-26 (also inside 2017-01-26T10:00:00Z) and 2017/01/26
  const isoRe = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
  while ((m = isoRe.exec(text))) add(m.index, m[0], iso(+m[1], +m[2], +m[3]));

  if (LATIN_LETTER.test(text)) {
    // 26 January, 2017 / 26th of Jan. 2017 / 08 December 2019 (the day may be glued to a preceding digit run: "+308 December")
    DMY.lastIndex = 0;
    while ((m = DMY.exec(text))) add(m.index, m[0], iso(+m[3], LATIN_MONTHS[m[2].toLowerCase()], +m[1]));

    // January 26, 2017 / Jan. 26 2017 / Thursday, June 3, 2025
    MDY.lastIndex = 0;
    while ((m = MDY.exec(text))) add(m.index, m[0], iso(+m[3], LATIN_MONTHS[m[1].toLowerCase()], +m[2]));

    // 26-Jan-2017 / 26-January-2017
    DASHED.lastIndex = 0;
    while ((m = DASHED.exec(text))) add(m.index, m[0], iso(+m[3], LATIN_MONTHS[m[2].toLowerCase()], +m[1]));
  }

  // 26/01/2017, 26.01.2017, 01-26-2017: day first unless that is impossible, or unless the weekday printed
  // beside it says otherwise ("Tue, 05/03/2016" is 3 May: 5 March 2016 was a Saturday)
  NUMERIC.lastIndex = 0;
  while ((m = NUMERIC.exec(text))) {
    const a = +m[1];
    const b = +m[2];
    const y = +m[3];
    const dayFirst = iso(y, b, a);
    const monthFirst = iso(y, a, b);
    const both = !!dayFirst && !!monthFirst && a !== b;
    const weekday = both ? weekdayNear(text, m.index, m[0].length) : -1;
    if (weekday >= 0 && weekdayOf(monthFirst!) === weekday && weekdayOf(dayFirst!) !== weekday) add(m.index, m[0], monthFirst);
    else if (weekday >= 0 && weekdayOf(dayFirst!) === weekday) add(m.index, m[0], dayFirst);
    // (dots are the day-first countries' separator, "02.03.2020" in Turkish, German or Russian print: only
    // slashes and dashes leave the order open)
    else add(m.index, m[0], dayFirst ?? monthFirst, both && !(m[0].includes('.') && dayFirst !== null));
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

const WEEKDAY_NUMBER: [RegExp, number][] = [
  [/\b(?:sunday|sun)\b|الأحد|الاحد/i, 0],
  [/\b(?:monday|mon)\b|الاثنين|الإثنين/i, 1],
  [/\b(?:tuesday|tues?)\b|الثلاثاء/i, 2],
  [/\b(?:wednesday|wed)\b|الأربعاء|الاربعاء/i, 3],
  [/\b(?:thursday|thu|thurs?)\b|الخميس/i, 4],
  [/\b(?:friday|fri)\b|الجمعة/i, 5],
  [/\b(?:saturday|sat)\b|السبت/i, 6],
];

/** The weekday named within a few words before or after a date (0 = Sunday), or -1. */
function weekdayNear(text: string, index: number, length: number): number {
  const around = `${text.slice(Math.max(0, index - 16), index)} ${text.slice(index + length, index + length + 16)}`;
  const found = WEEKDAY_NUMBER.filter(([re]) => re.test(around));
  return found.length === 1 ? found[0][1] : -1;
}

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

const WEEKDAYS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?/gi;
const AR_WEEKDAYS = /(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)/g;
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAYS.source}|${AR_WEEKDAYS.source}|${MONTH_RE}\\.?|${AR_MONTHS.map(([name]) => name).join('|')})$`, 'i');

/** A weekday or month name alone ("Wednesday", "Oct.", "الخميس", "كانون الثاني"): part of a date, never a name. */
export function isCalendarWord(s: string): boolean {
  return CALENDAR_WORD.test(s.trim());
}

const DATE_WORDS = /\b(?:published|posted|updated|last updated|modified|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cet|cest|bst|ast|eet|eest|local time|time|first published|created|veröffentlicht|aktualisiert|um|uhr|publié|publiée|mis à jour|le|à)(?![\p{L}]):?/giu;

/**
 * If the line is essentially a date (optionally with weekday, time, zone and a "Published"/"Updated" label),
 * return it; otherwise null. A line that is only a day and month ("Jan 26", "3 min read · Jan 26",
 * "الخميس 26 كانون الثاني") gives a yearless hit.
 */
export function dateLine(line: string): DateHit | null {
  const hits = findDates(line);
  if (hits.length === 0) return ANY_DIGIT.test(line) ? yearlessDateLine(line) : null;
  if (hits.length > 2) return publicationHistory(line, hits);
  let rest = asciiDigits(line);
  for (const h of hits) rest = rest.replace(h.match, ' ');
  const leftover = leftoverWords(rest);
  return leftover <= 2 && !seriesIssue(line) ? hits[0] : null;
}

const SERIES_NOUNS = new Set(['update', 'brief', 'briefing', 'digest', 'report', 'bulletin', 'roundup', 'round-up', 'review', 'tracker', 'monitor', 'sitrep']);

/** "Iran Update, September 1, 2023", "Syria Brief – 3 March 2020": an issue of a series, titled by its date. */
function seriesIssue(line: string): boolean {
  const m = /^\p{Lu}[\p{L}-]+\s+(\p{L}[\p{L}-]+)\s*[,–—-]\s*\S/u.exec(line);
  return !!m && SERIES_NOUNS.has(m[1].toLowerCase());
}

/** The labels of a journal article's history, each before its date. */
const HISTORY_LABELS = /\b(?:received|revised|accepted|published(?:\s+online)?|first published|available online|version of record)(?![\p{L}])\s*:?/giu;
const PUBLISHED_LABEL = /(?:published(?:\s+online)?|first published|available online|version of record)\s*:?\s*$/i;

/**
 * A journal article's history on one line ("Pages 611-638 | Received 04 Feb 2020, Accepted 21 Jul 2020,
 * Published online: 18 Aug 2020"): the date it was published, when every date has its label.
 */
function publicationHistory(line: string, hits: DateHit[]): DateHit | null {
  const text = asciiDigits(line);
  const published = hits.filter((h) => PUBLISHED_LABEL.test(text.slice(Math.max(0, h.index - 40), h.index)));
  if (published.length === 0) return null;
  let rest = text;
  for (const h of hits) rest = rest.replace(h.match, ' ');
  rest = rest.replace(HISTORY_LABELS, ' ').replace(/\b(?:pages?|pp?\.)\s*\d+(?:\s*[-–]\s*\d+)?/gi, ' ');
  return leftoverWords(rest) <= 2 ? published[0] : null;
}

// (read after TASHKEEL, which takes the tatweel off «هـ» and «مـ»)
const HIJRI_AND_ISSUE = /(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)|(?<![\u0621-\u064a])(?:ه|م)(?![\u0621-\u064a])|رقم العدد|العدد/g;

/** Arabic short vowels and the tatweel, which labels carry at will («نُشر في»): gone before labels are read. */
const TASHKEEL = /[\u064b-\u065f\u0670\u0640]/g;

function leftoverWords(rest: string): number {
  const r = rest
    .replace(TASHKEEL, '')
    // (a post's info box: "this post was submitted on 28 Feb 2020")
    .replace(/\b(?:this|the)\s+(?:post|article|story|entry|item)\s+was\s+(?:submitted|published|posted)\b/gi, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(AR_WEEKDAYS, ' ')
    .replace(DATE_WORDS, ' ')
    // (a statement's «التاريخ: … هـ الموافق … م»: its date label, and the word joining its two calendars)
    .replace(/(?:نشر|نشر في|تاريخ النشر|آخر تحديث|تحديث|التاريخ|الموافق)/g, ' ')
    // an Arabic daily's dateline: the Hijri date beside the Gregorian one, and the issue number
    // ("الخميس - 26 رجب 1439 هـ - 12 أبريل 2018 مـ رقم العدد [ 14380 ]")
    .replace(HIJRI_AND_ISSUE, ' ')
    .replace(/\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?/g, ' ')
    .replace(/[+-]?\d{1,4}/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return r ? r.split(/\s+/).length : 0;
}

const EN_YEARLESS = new RegExp(
  `\\b${MONTH_RE}\\.?\\s+(\\d{1,2})${ORD}\\b(?!\\s*,?\\s*\\d{4})|(?<![\\d:.])\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_RE}\\b\\.?(?!\\s*,?\\s*\\d{4})`,
  'i',
);
const AR_MONTH_NAMES = AR_MONTHS.map(([n]) => n).sort((a, b) => b.length - a.length);
const AR_YEARLESS = new RegExp(`(?<![\\d:.])(\\d{1,2})\\s*(?:من\\s+)?(${AR_MONTH_NAMES.join('|')})(?![\\u0621-\\u064a])(?!\\s*[،,/]?\\s*\\d{4})`);
/** Read-time badges and labels that may share a line with a yearless date. */
const YEARLESS_LABELS = /\b(?:\d+\s*)?(?:min(?:ute)?s?\.?\s+read|read)\b|[·•|]/gi;

/** "Jan 26", "26 January", "Thursday, 26 Jan", "3 min read · Jan 26", "٢٦ كانون الثاني": month and day only. */
export function yearlessDateLine(line: string): DateHit | null {
  const text = asciiDigits(line);
  let hit: DateHit | null = null;
  const en = LATIN_LETTER.test(text) ? EN_YEARLESS.exec(text) : null;
  if (en) {
    const month = LATIN_MONTHS[(en[1] ?? en[4]).toLowerCase()];
    const day = +(en[2] ?? en[3]);
    if (valid(2000, month, day)) hit = { value: `--${pad(month)}-${pad(day)}`, match: en[0], index: en.index, yearless: true };
  } else {
    const ar = ANY_ARABIC_LETTER.test(text) ? AR_YEARLESS.exec(text) : null;
    const month = ar ? AR_MONTHS.find(([n]) => n === ar[2])?.[1] : undefined;
    if (ar && month && valid(2000, month, +ar[1])) hit = { value: `--${pad(month)}-${pad(+ar[1])}`, match: ar[0], index: ar.index, yearless: true };
  }
  if (!hit) return null;
  // nothing else on the line but weekday, time, labels and a read-time badge: "The May 15 attack" is not a date line
  const rest = text.replace(hit.match, ' ').replace(YEARLESS_LABELS, ' ');
  return leftoverWords(rest) === 0 ? hit : null;
}

/** Complete a yearless "--MM-DD" with a year, or null when the day does not exist in that year. */
export function withYear(value: string, year: number): string | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(value);
  return m ? iso(year, +m[1], +m[2]) : null;
}

/** The year a page is evidently from: the first full date on it, else its copyright year. */
export function yearOfPage(texts: readonly string[]): number | null {
  for (const t of texts) {
    const d = findDates(t)[0];
    if (d) return +d.value.slice(0, 4);
  }
  for (const t of texts) {
    const c = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/i.exec(t);
    if (c) return +c[1];
  }
  return null;
}

/** "Published", "Posted", "Updated" ... : the line says it is the publication date. */
export function hasPublishWord(line: string): boolean {
  // (German and French pages, as researchers save them from European outlets: "Veröffentlicht am", "Publié le")
  return /\b(?:published|posted|submitted on|first published|publication date|date published|date of publication|published on|veröffentlicht|publié|publiée)(?![\p{L}])|(?:نشر|تاريخ النشر)/iu.test(line.replace(TASHKEEL, ''));
}

/** "Updated", "Last modified", "آخر تحديث": the line gives a later revision date. */
export function hasUpdateWord(line: string): boolean {
  return /\b(?:updated|last updated|modified|last modified|revised|aktualisiert|mis à jour)(?![\p{L}])|(?:تحديث|آخر تحديث|محدث)/iu.test(line.replace(TASHKEEL, ''));
}

/** A time of day with a zone or on a clock-like line: "09:05 GMT", "10:32 AM". */
export function hasClockTime(line: string): boolean {
  return /\b\d{1,2}[:.]\d{2}\b\s*(?:[ap]\.?m\.?|gmt|utc|[+-]\d)/i.test(asciiDigits(line)) || /^\s*\d{1,2}:\d{2}\b/.test(asciiDigits(line));
}
