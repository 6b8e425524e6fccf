// The cleaner on page shapes that are not in the seeds (tests/fixtures/cleaner).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml, extractArticlesFromText, type ExtractedArticle } from '../../../src/main/core/cleaner/index';
import { PROJECT_ROOT } from '../../helpers/seeds';

const FIX = path.join(PROJECT_ROOT, 'tests/fixtures/cleaner');
const read = (f: string) => readFileSync(path.join(FIX, f), 'utf8');
const text = (f: string) => extractArticlesFromText(read(f), { fileName: f });
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const paragraphs = (a: ExtractedArticle) => a.body.split(/\n{2,}/);

function expectClean(a: ExtractedArticle, o: { starts: string; ends: string; notIn: string[] }) {
  expect(norm(a.body).startsWith(o.starts)).toBe(true);
  expect(norm(a.body).endsWith(o.ends)).toBe(true);
  for (const bad of o.notIn) expect(a.body, bad).not.toContain(bad);
}

describe('wire story: "By X | Agency" byline, dateline, sign-off', () => {
  const [a, ...more] = text('wire-byline.txt');
  it('finds one article with its metadata', () => {
    expect(more).toHaveLength(0);
    expect(a.title).toBe('Syrian Democratic Forces hand over checkpoints east of Aleppo');
    expect(a.author).toBe('Layla Haddad');
    expect(a.outlet).toBe('Reuters');
    expect(a.date).toMatchObject({ value: '2024-03-04', source: 'stated' });
  });
  it('keeps the dateline paragraph, drops menus, share bar and sign-off', () => {
    expectClean(a, {
      starts: 'BEIRUT (Reuters) - The Syrian Democratic Forces (SDF) handed over',
      ends: 'said a trader from the town of Deir Hafer.',
      notIn: ['Skip to main content', 'Share this article', 'Reporting by', 'Our Standards', 'Licensing', 'Updated 2 hours ago', 'By Layla'],
    });
  });
});

describe('blog with "Name says: / date / text / Reply" comments', () => {
  const [a] = text('blog-comments.txt');
  it('prefers the post headline over the blog name and reads the "Posted by" line', () => {
    expect(a.title).toBe('Notes on the Jaysh al-Islam archive');
    expect(a.author).toBe('Daniel Ortega-Wright');
    expect(a.date).toMatchObject({ value: '2016-05-12', source: 'stated' });
  });
  it('separates the comments with their authors', () => {
    expect(a.comments.map((c) => c.author)).toEqual(['Mariam K.', 'Daniel Ortega-Wright', 'tom_h']);
    expect(a.comments[0].text).toBe('This is really useful. Did you also look at the Failaq al-Rahman statements from the same period?');
    expect(a.comments.some((c) => /Reply|Leave a Reply|Post Comment|Email/.test(c.text))).toBe(false);
  });
  it('keeps comments and furniture out of the body', () => {
    expectClean(a, {
      starts: 'I spent most of the last week reading',
      ends: 'for anyone who wants to check my reading.',
      notIn: ['Filed under', '4 Comments', 'Failaq al-Rahman', 'Home | Archive', 'The Levant Ledger'],
    });
  });
});

describe('page with cookie banner, breadcrumb, ad label and footer menu', () => {
  const [a] = text('breadcrumb-cookie.txt');
  it('reads title, standfirst, stated date and the copyright holder', () => {
    expect(a.title).toBe('Analysis: why the National Front for Liberation keeps losing ground in Idlib');
    expect(a.subtitle).toMatch(/^The coalition of Turkish-backed factions has ceded/);
    expect(a.date).toMatchObject({ value: '2019-02-21', source: 'stated' });
    expect(a.outlet).toBe('Levant Monitor');
  });
  it('keeps the sub-heading and drops the page furniture', () => {
    expect(paragraphs(a)).toContain('A divided command');
    expectClean(a, {
      starts: 'The National Front for Liberation was formed in May 2018',
      ends: 'over the survival of any single faction.',
      notIn: ['cookies', 'Accept all', 'Home ›', 'Advertisement', 'Privacy Policy', '©'],
    });
    expect(a.captions.join(' ')).not.toContain('cookies');
  });
});

describe('Markdown note with front matter', () => {
  const [a, ...more] = text('field-note.md');
  it('reads the front matter as metadata', () => {
    expect(more).toHaveLength(0);
    expect(a.title).toBe('Field note: the Southern Front after Daraa');
    expect(a.author).toBe('Hana Sarkis');
    expect(a.date).toMatchObject({ value: '2018-08-02', source: 'metadata' });
  });
  it('strips the Markdown syntax and keeps headings as paragraphs', () => {
    expect(a.body).not.toMatch(/[#*>[\]]|\]\(|https?:/);
    expect(paragraphs(a)).toContain('Who stayed');
    expect(a.body).toContain('the Youth of Sunna Forces under Ahmad al-Awda joined the Fifth Corps');
    expect(a.body).not.toContain('Field note: the Southern Front after Daraa');
    expect(a.captions).toContain('Buses leaving Daraa al-Balad');
    expect(norm(a.body).endsWith('The settlement is a truce, not a peace.')).toBe(true);
  });
});

describe('Arabic article (RTL)', () => {
  const [a] = text('arabic.txt');
  it('is Arabic, right to left, with its stated date and no menu words', () => {
    expect(a.language).toBe('ar');
    expect(a.direction).toBe('rtl');
    expect(a.title).toBe('هيئة تحرير الشام تعلن حل الجناح العسكري في إدلب');
    expect(a.date).toMatchObject({ value: '2020-03-12', source: 'stated' });
    expect(norm(a.body).startsWith('أعلنت هيئة تحرير الشام')).toBe(true);
    expect(norm(a.body).endsWith('ستتم على مراحل.')).toBe(true);
    for (const bad of ['الرئيسية', 'شارك', 'اقرأ أيضا']) expect(paragraphs(a)).not.toContain(bad);
  });
});

describe('two articles of a different shape (title, byline, date, body) in one file', () => {
  const arts = text('two-reports.txt');
  it('splits them apart with their own metadata', () => {
    expect(arts.map((a) => a.title)).toEqual([
      'Turkish drone strike hits SDF position near Qamishli',
      'Islamic State cell captured in Deir ez-Zor countryside',
    ]);
    expect(arts.map((a) => a.author)).toEqual(['Omar Rahal', 'Sara Nouri']);
    expect(arts.map((a) => a.date.value)).toEqual(['2021-01-05', '2021-01-06']);
    expect(norm(arts[0].body).endsWith('an extension of the PKK.')).toBe(true);
    expect(norm(arts[1].body).startsWith('Forces of the Syrian Democratic Forces and the US-led coalition')).toBe(true);
    expect(arts[0].body).not.toContain('Islamic State cell captured');
    expect(arts[0].body).not.toContain('DAILY BRIEFING');
  });
});

describe('page with a numbered "Most read" list inside the text and a tag line', () => {
  const [a] = text('most-read.txt');
  it('drops the list, the read-time badge and the tags, keeps the text on both sides', () => {
    expect(a.title).toBe('Ahrar al-Sham splits again as commanders trade accusations');
    expect(a.subtitle).toMatch(/^A dispute over the group's leadership/);
    expectClean(a, {
      starts: 'Ahrar al-Sham, once among the largest rebel groups',
      ends: 'before the two groups clashed in 2017.',
      notIn: ['Most read', 'Turkey extends mandate', 'Explainer', 'Rukban', '2 min read', 'Tags:', 'Newsletter'],
    });
    expect(a.body).toContain('Both councils have appealed to Hay');
  });
});

describe('section kicker, question headline, bare name byline, paywall prompt', () => {
  const [a] = text('question-headline.txt');
  it('reads the question as title and the unlabelled name beside the date as author', () => {
    expect(a.title).toBe('Can the Free Syrian Army survive the Aleppo fall?');
    expect(a.subtitle).toBe('The collapse in eastern Aleppo leaves the armed opposition with few options and fewer allies.');
    expect(a.author).toBe('Khaled Al-Khateb');
    expect(a.date).toMatchObject({ value: '2016-12-20', source: 'stated' });
    expectClean(a, {
      starts: 'ALEPPO — The fall of eastern Aleppo',
      ends: 'Nour al-Din al-Zenki Movement said.',
      notIn: ['Syria Pulse', 'Photo: Reuters', 'Subscribe', 'Found in'],
    });
  });
});

describe('a note with no title line', () => {
  it('uses the file name as title and keeps the text', () => {
    const [a] = text('untitled-note.txt');
    expect(a.title).toBe('untitled-note');
    expect(a.body).toMatch(/^checked the hts statement again/);
    expect(a.date.value).toBeNull();
  });
  it('uses a short first line as title when there is one', () => {
    const [a] = extractArticlesFromText('Call with source in Azaz\n\nThe source said the Sultan Murad Division had moved two battalions to the Afrin road last week.');
    expect(a.title).toBe('Call with source in Azaz');
    expect(a.body).toBe('The source said the Sultan Murad Division had moved two battalions to the Afrin road last week.');
  });
});

describe('input with no readable text', () => {
  it('throws an error a person understands', () => {
    expect(() => extractArticlesFromText('')).toThrow(/no readable text/);
    expect(() => extractArticlesFromText('   \n\n 12 34 \n ---')).toThrow(/no readable text/);
    expect(() => extractArticleFromHtml('<html><body><script>var a = 1;</script></body></html>')).toThrow(/no readable text/);
  });
});

describe('saved HTML page with JSON-LD, nav, footer, scripts and a comment thread', () => {
  const html = read('saved-page.html');
  const arts = extractArticleFromHtml(html, { fileName: 'saved-page.html' });
  const [a] = arts;
  it('reads the metadata from <meta> and JSON-LD', () => {
    expect(arts).toHaveLength(1);
    expect(a.title).toBe('Jaysh al-Izza fighters redeploy to northern Hama');
    expect(a.author).toBe('Yusuf Karim');
    expect(a.outlet).toBe('Orontes Review');
    expect(a.date).toMatchObject({ value: '2019-05-14', source: 'metadata' });
    expect(a.language).toBe('en');
  });
  it('extracts the article text without chrome, scripts or related links', () => {
    expectClean(a, {
      starts: 'Jaysh al-Izza, one of the last Free Syrian Army factions',
      ends: 'from the town of al-Lataminah.',
      notIn: ['Skip to main content', 'cookies', 'Injected by script', 'alert', 'Who controls Idlib', 'Share on', '©', 'Privacy', 'Kafr Nabudah has changed hands'],
    });
    expect(paragraphs(a)).toContain('A familiar front line');
    expect(a.captions).toContain('Fighters of a rebel faction near Kafr Nabudah, May 2019 (AFP)');
  });
  it('keeps the comment thread apart', () => {
    expect(a.comments).toEqual([
      { author: 'Abu Khalil', text: 'Kafr Nabudah has changed hands three times already this year.' },
      { author: 'R. Lindqvist', text: 'Good detail on the redeployment, thank you.' },
    ]);
  });
  it('falls back to the body text for pages Readability cannot use, and reads RTL pages', () => {
    const [b] = extractArticleFromHtml(
      '<html lang="ar" dir="rtl"><head><title>بيان</title></head><body><h1>بيان الفصائل</h1><p>أعلنت الفصائل في ريف حلب الشمالي عن تشكيل غرفة عمليات مشتركة.</p></body></html>',
    );
    expect(b.title).toBe('بيان الفصائل');
    expect(b.body).toBe('أعلنت الفصائل في ريف حلب الشمالي عن تشكيل غرفة عمليات مشتركة.');
    expect(b.language).toBe('ar');
    expect(b.direction).toBe('rtl');
  });
});
