// Dates: every common English and Arabic news form, where the date came from and how sure the cleaner is.
import { describe, expect, it } from 'vitest';
import { extractArticlesFromText } from '../../../src/main/core/cleaner/index';
import { dateLine, findDates, withYear, yearlessDateLine, yearOfPage } from '../../../src/main/core/cleaner/dates';

const BODY =
  'Fighters of the two factions exchanged fire near the town on Tuesday, according to local sources and a monitor.\n\n' +
  'The clashes ended in the evening after mediation by notables from the area, residents said.';
const page = (...head: string[]) => extractArticlesFromText(['Factions clash near the town of Afrin', ...head, BODY].join('\n\n'))[0];

describe('English date forms', () => {
  it.each([
    ['26 January, 2017', '2017-01-26'],
    ['26 January 2017', '2017-01-26'],
    ['26th of January 2017', '2017-01-26'],
    ['January 26, 2017', '2017-01-26'],
    ['Jan. 26, 2017', '2017-01-26'],
    ['Jan 26 2017', '2017-01-26'],
    ['Sept. 3rd, 2019', '2019-09-03'],
    ['26-Jan-2017', '2017-01-26'],
    ['2017-01-26', '2017-01-26'],
    ['2017-01-26T10:00:00Z', '2017-01-26'],
    ['2017/01/26', '2017-01-26'],
    ['26/01/2017', '2017-01-26'],
    ['26.01.2017', '2017-01-26'],
    ['Thursday 26/01/2017', '2017-01-26'],
    ['Thursday, June 3, 2025', '2025-06-03'],
    ['Published: 14:02 GMT, 3 June 2025', '2025-06-03'],
    ['Updated 14:02 GMT, 3 June 2025', '2025-06-03'],
    ['12/31/2020', '2020-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text)[0]?.value).toBe(iso);
    expect(dateLine(text)?.value).toBe(iso);
  });

  it('flags a numeric date that reads both ways, not one that cannot', () => {
    expect(findDates('03/04/2017')[0]).toMatchObject({ value: '2017-04-03', ambiguous: true });
    expect(findDates('26/01/2017')[0].ambiguous).toBeUndefined();
    expect(findDates('04/04/2017')[0].ambiguous).toBeUndefined();
  });

  it('reads a day and month without a year only from a line that is nothing but the date', () => {
    expect(dateLine('3 min read · Jan 26')).toMatchObject({ value: '--01-26', yearless: true });
    expect(dateLine('Jan 26 · 5 min read')).toMatchObject({ value: '--01-26', yearless: true });
    expect(dateLine('Thursday, 26 January')).toMatchObject({ value: '--01-26', yearless: true });
    expect(dateLine('Updated: Jan 26, 10:04 AM')).toMatchObject({ value: '--01-26', yearless: true });
    expect(yearlessDateLine('The May 15 attack')).toBeNull();
    expect(dateLine('Page 2 of 12')).toBeNull();
    expect(dateLine('5 min read')).toBeNull();
    expect(findDates('3 min read · Jan 26')).toEqual([]);
    expect(withYear('--02-29', 2024)).toBe('2024-02-29');
    expect(withYear('--02-29', 2023)).toBeNull();
    expect(yearOfPage(['no year here', '© 2019 Example Post'])).toBe(2019);
    expect(yearOfPage(['Published 3 June 2025', '© 2019 Example Post'])).toBe(2025);
  });

  it('rejects impossible dates, bare years and times', () => {
    expect(findDates('31 February 2017')).toEqual([]);
    expect(findDates('in 2017 the group split')).toEqual([]);
    expect(dateLine('March 2017')).toBeNull();
    expect(dateLine('14:52 GMT')).toBeNull();
  });
});

describe('Arabic date forms', () => {
  it.each([
    ['٢٦ كانون الثاني ٢٠١٧', '2017-01-26'],
    ['26 كانون الثاني 2017', '2017-01-26'],
    ['26 كانون الثاني/يناير 2017', '2017-01-26'],
    ['٣ شباط ٢٠٢٠', '2020-02-03'],
    ['١٢ آذار ٢٠٢٠', '2020-03-12'],
    ['5 نيسان 2018', '2018-04-05'],
    ['9 أيار 2019', '2019-05-09'],
    ['21 حزيران 2021', '2021-06-21'],
    ['14 تموز 2016', '2016-07-14'],
    ['12 آب 2019', '2019-08-12'],
    ['30 أيلول 2015', '2015-09-30'],
    ['6 تشرين الأول 2023', '2023-10-06'],
    ['15 تشرين الثاني 2011', '2011-11-15'],
    ['8 كانون الأول 2024', '2024-12-08'],
    ['3 يونيو 2025', '2025-06-03'],
    ['الأربعاء 15 يوليو 2020 - 10:30 ص', '2020-07-15'],
    ['١ يناير ٢٠٢٢', '2022-01-01'],
    ['28 فبراير 2019', '2019-02-28'],
    ['الخميس ٢٦/١/٢٠١٧', '2017-01-26'],
    ['٢٠١٧-٠١-٢٦', '2017-01-26'],
    ['نشر في: 2 ديسمبر 2020', '2020-12-02'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text)[0]?.value).toBe(iso);
    expect(dateLine(text)?.value).toBe(iso);
  });
  it('reads an Arabic day and month without a year as yearless', () => {
    expect(dateLine('١٢ تشرين الأول')).toMatchObject({ value: '--10-12', yearless: true });
  });
});

describe('where a date came from and how sure', () => {
  it('an explicit Published line is stated, high', () => {
    expect(page('Published: 14:02 GMT, 3 June 2025').date).toMatchObject({ value: '2025-06-03', source: 'stated', confidence: 'high' });
    expect(page('نشر في: 2 ديسمبر 2020').date).toMatchObject({ value: '2020-12-02', source: 'stated', confidence: 'high' });
  });
  it('a bare date line at the head is stated, medium; an Updated line too', () => {
    expect(page('Thursday 26/01/2017').date).toMatchObject({ value: '2017-01-26', source: 'stated', confidence: 'medium' });
    expect(page('٢٦ كانون الثاني ٢٠١٧').date).toMatchObject({ value: '2017-01-26', source: 'stated', confidence: 'medium' });
    expect(page('Updated 14:02 GMT, 3 June 2025').date).toMatchObject({ value: '2025-06-03', source: 'stated', confidence: 'medium' });
  });
  it('a Published line outranks an Updated line printed before it', () => {
    const a = page('Updated: 5 June 2025', 'Published: 3 June 2025');
    expect(a.date).toMatchObject({ value: '2025-06-03', source: 'stated', confidence: 'high' });
  });
  it('a byline date is stated; a date that reads both ways is at most medium', () => {
    expect(page('By Jane Doe, March 4, 2024').date).toMatchObject({ value: '2024-03-04', source: 'stated', confidence: 'medium' });
    expect(page('Posted by Jane Doe on 03/04/2017').date).toMatchObject({ value: '2017-04-03', source: 'stated', confidence: 'medium' });
    expect(page('Posted by Jane Doe on 26/04/2017').date).toMatchObject({ value: '2017-04-26', source: 'stated', confidence: 'high' });
  });
  it('a day and month without a year take the page year (low) or stay unknown', () => {
    const withCopyright = extractArticlesFromText(['Factions clash near the town of Afrin', '3 min read · Jan 26', BODY, '© 2017 Example Post'].join('\n\n'))[0];
    expect(withCopyright.date).toMatchObject({ value: '2017-01-26', source: 'stated', confidence: 'low' });
    const without = page('3 min read · Jan 26');
    expect(without.date).toMatchObject({ value: null, source: 'unknown', evidence: '3 min read · Jan 26', confidence: 'low' });
  });
  it('a photo caption date is a caption date, low; never stated', () => {
    const a = page('Fighters near Afrin, northern Syria, March 2, 2020. REUTERS/Khalil Ashawi');
    expect(a.date).toMatchObject({ value: '2020-03-02', source: 'caption', confidence: 'low' });
  });
  it('a clock line above the headline is the page clock, low; never stated', () => {
    const [a] = extractArticlesFromText(`10:15 GMT +2 05 March 2021\n\nFactions clash near the town of Afrin\n\n${BODY}`);
    expect(a.date).toMatchObject({ value: '2021-03-05', source: 'page-clock', confidence: 'low' });
  });
  it('front matter is metadata, high', () => {
    const [a] = extractArticlesFromText(`---\ntitle: A note\ndate: 2018-08-02\n---\n\n${BODY}`, { fileName: 'note.md' });
    expect(a.date).toMatchObject({ value: '2018-08-02', source: 'metadata', confidence: 'high' });
  });
  it('no date: unknown', () => {
    expect(page().date).toEqual({ value: null, source: 'unknown', evidence: null, confidence: 'low' });
  });
});
