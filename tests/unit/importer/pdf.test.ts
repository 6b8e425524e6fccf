import { describe, expect, it } from 'vitest';
import { isPageNumber, layoutPdfPages, type PdfTextItem } from '../../../src/main/core/importer/formats/pdf-layout';
import { UnreadableFileError } from '../../../src/main/core/importer/formats';
import { ARABIC_OPENING, ARABIC_TITLE, readFixture } from './helpers';

describe('PDF fixtures (pdfjs-dist)', () => {
  it('reads a two-column brief in reading order, without running header, footer or page numbers', async () => {
    const read = await readFixture('two-column-brief.pdf');
    expect(read).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', encoding: null });
    expect(read.articles).toHaveLength(1);
    const [a] = read.articles;
    expect(a.title).toBe('Thousands flee as the Idlib offensive reaches Maarat al-Numan');
    expect(a.author).toBe('Omar Khalil');
    expect(a.date).toMatchObject({ value: '2019-12-23', source: 'stated' });
    const paragraphs = a.body.split('\n\n');
    // the content stream draws the columns row by row across; the text must come out column by column
    const openings = [
      'The fighting around Maarat al-Numan intensified on Monday',
      'Opposition commanders said',
      'Humanitarian agencies warned',
      'A spokesman for the Syrian Civil Defence',
      'Turkey, which maintains observation posts',
      'Analysts said the aim of the campaign',
      'In Geneva, the United Nations envoy',
      'Local councils in the north',
    ];
    const at = openings.map((o) => paragraphs.findIndex((p) => p.startsWith(o)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    // whole paragraphs, across column and page breaks
    expect(paragraphs.find((p) => p.startsWith('Analysts said'))).toBe(
      'Analysts said the aim of the campaign was to secure the M5 highway linking Damascus and Aleppo, which has been closed to commercial traffic since 2012, and to push the front line away from the government-held city of Hama.',
    );
    // furniture is gone
    expect(a.body).not.toMatch(/SYRIA CONFLICT MONITOR|Weekly Brief|Not for redistribution|Page \d of \d|December 2019\n/);
    // "organ-" + "isation" is one word again; real hyphens stay
    expect(a.body).toContain('the organisation of the defence');
    expect(a.body).toContain('government-held city');
    expect(a.body).toContain('Maarat al-Numan');
    expect(read.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^Read in columns: pages 1, 2/), expect.stringMatching(/^Removed \d+ running header, footer and page-number lines\.$/)]));
  });

  it('reads Arabic right to left: runs drawn in visual order come out in logical order', async () => {
    const read = await readFixture('arabic.pdf');
    const [a] = read.articles;
    expect(a.title).toBe(ARABIC_TITLE);
    expect(a.body.startsWith(ARABIC_OPENING)).toBe(true);
    expect(a.body.split('\n\n')).toHaveLength(3);
    expect(a.direction).toBe('rtl');
    expect(a.language).toBe('ar');
  });

  it('explains encrypted, damaged, mislabelled and image-only PDFs', async () => {
    const messages: Record<string, RegExp> = {
      'encrypted.pdf': /^This PDF is password-protected \(encrypted\), so its text cannot be read\. Open it with its password/,
      'truncated.pdf': /^This PDF is damaged or incomplete \(Invalid PDF structure\)\. If it opens in a PDF viewer, print it to a new PDF/,
      'not-a-pdf.pdf': /^This file is not a PDF \(it does not start with the "%PDF-" signature\)/,
      'scanned-no-text.pdf': /^This PDF has no text to read: its pages are images \(a scan or a photo of print\)\. Run text recognition \(OCR\)/,
    };
    for (const [name, message] of Object.entries(messages)) {
      const error = await readFixture(name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(UnreadableFileError);
      expect((error as Error).message, name).toMatch(message);
    }
  });
});

// synthetic pages: positions as pdfjs reports them (PDF user space, y up, baseline origin)
const CHAR = 5; // width of a character at size 10 in these tests

function item(str: string, x: number, y: number, size = 10, rtl = false): PdfTextItem {
  return { str, x, y, width: str.length * CHAR * (size / 10), size, rtl };
}

function page(items: PdfTextItem[]) {
  return { items, width: 595, height: 842 };
}

describe('PDF reading order (pdf-layout)', () => {
  it('recognises page numbers in English and Arabic', () => {
    for (const s of ['7', '- 7 -', 'Page 7', 'page 7 of 12', '7 / 12', 'xiv', 'صفحة ٧', '٧ من ١٢']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['7 killed in Idlib', 'Page one', 'In 2019']) expect(isPageNumber(s), s).toBe(false);
  });

  it('reads left column then right column, and the full-width title first', () => {
    const left = ['Left one starts the story and', 'goes on in the left column', 'until this line ends it.'];
    const right = ['Right one continues after', 'the left column is done and', 'closes the article here.'];
    const items = [item('A headline across both columns of the page', 50, 760, 16)];
    for (let i = 0; i < 3; i++) {
      items.push(item(left[i], 50, 700 - i * 12), item(right[i], 320, 700 - i * 12));
    }
    const out = layoutPdfPages([page(items)]);
    expect(out.multiColumnPages).toEqual([1]);
    expect(out.text.split('\n\n')).toEqual([
      'A headline across both columns of the page',
      'Left one starts the story and goes on in the left column until this line ends it.',
      'Right one continues after the left column is done and closes the article here.',
    ]);
  });

  it('reads right-to-left columns from the right, and the runs of a line from right to left', () => {
    const rightCol = ['السطر الأول في العمود الأيمن', 'ثم السطر الثاني', 'والثالث.'];
    const leftCol = ['العمود الأيسر يأتي بعده', 'ويكمل الكلام', 'وينتهي هنا.'];
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 3; i++) {
      items.push(item(rightCol[i], 545 - rightCol[i].length * CHAR, 700 - i * 12, 10, true));
      items.push(item(leftCol[i], 275 - leftCol[i].length * CHAR, 700 - i * 12, 10, true));
    }
    // one line drawn as three runs, leftmost first, as a PDF may hold them
    items.push(item('جدا', 479, 740, 10, true), item('قصير', 497, 740, 10, true), item('تمهيد', 520, 740, 10, true));
    const out = layoutPdfPages([page(items)]);
    const paras = out.text.split('\n\n');
    expect(paras[0]).toBe('تمهيد قصير جدا');
    expect(paras.slice(1)).toEqual(['السطر الأول في العمود الأيمن ثم السطر الثاني والثالث.', 'العمود الأيسر يأتي بعده ويكمل الكلام وينتهي هنا.']);
    expect(out.multiColumnPages).toEqual([1]);
  });

  it('removes lines repeated at the top and bottom of the pages, and keeps the body', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item('Conflict Monitor Quarterly', 50, 800, 8),
        item(`Body text of page ${n} goes here and`, 50, 600),
        item('continues on the next line of the page.', 50, 588),
        item(`Report ${n} of 3 - confidential`, 50, 40, 8),
      ]),
    );
    const out = layoutPdfPages(pages);
    expect(out.text).not.toMatch(/Conflict Monitor Quarterly|confidential/);
    expect(out.text).toContain('Body text of page 1 goes here and continues on the next line of the page.');
    expect(out.removedFurniture).toBe(6);
  });

  it('de-hyphenates line ends unless the word is hyphenated elsewhere or goes on with a capital', () => {
    const out = layoutPdfPages([
      page([
        item('The organ-', 50, 700),
        item('isation of the pro-', 50, 688),
        item('government militias and Jabhat al-', 50, 676),
        item('Nusra, a pro-government group said.', 50, 664),
      ]),
    ]);
    expect(out.text).toBe('The organisation of the pro-government militias and Jabhat al-Nusra, a pro-government group said.');
  });

  it('splits paragraphs on vertical gaps and indents, joins lines otherwise', () => {
    const out = layoutPdfPages([
      page([
        item('First paragraph line one', 50, 700),
        item('and its line two.', 50, 688),
        item('Second paragraph after a gap', 50, 664),
        item('ends here.', 50, 652),
        item('Third one is indented', 70, 640),
        item('and runs on.', 50, 628),
      ]),
    ]);
    expect(out.text.split('\n\n')).toEqual(['First paragraph line one and its line two.', 'Second paragraph after a gap ends here.', 'Third one is indented and runs on.']);
  });

  it('reports pages without text', () => {
    const out = layoutPdfPages([page([item('Only page one has text on it.', 50, 700)]), page([])]);
    expect(out.pagesWithoutText).toEqual([2]);
  });
});
