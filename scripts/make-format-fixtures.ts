// Writes the format fixtures in tests/fixtures/formats/ (committed; run again after changing this script):
//   npx tsx scripts/make-format-fixtures.ts
// No tool beyond Node is needed: PDFs are written object by object with a correct xref table, the DOCX is
// zipped with zlib, the MHTML is MIME text, the legacy encodings come from iconv-lite.
// The builders (qpEncode, docx, textPdf, text, wrap, HELVETICA...) are exported for bench/corpus.ts,
// which generates PDF, DOCX and MHTML files with them; importing this module writes nothing.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

const OUT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../tests/fixtures/formats');

// ---------------------------------------------------------------------------------------------------
// text in several encodings

const ARABIC_TITLE = 'هيئة تحرير الشام تسيطر على بلدة في ريف إدلب الجنوبي';
const ARABIC_BODY = [
  'أعلنت هيئة تحرير الشام يوم الخميس سيطرتها على بلدة في ريف إدلب الجنوبي بعد معارك استمرت ثلاثة أيام مع قوات النظام والميليشيات الموالية لها.',
  'وقال المرصد السوري لحقوق الإنسان إن الاشتباكات أسفرت عن مقتل عشرات المقاتلين من الطرفين، وإن الطيران الحربي شن غارات مكثفة على المنطقة.',
  'وتأتي هذه المعارك بعد أسابيع من الهدوء النسبي الذي أعقب اتفاق خفض التصعيد، في حين تتبادل الأطراف الاتهامات بخرق الاتفاق.',
];
const arabicText = `${ARABIC_TITLE}\n\n${ARABIC_BODY.join('\n\n')}\n`;

const ENGLISH_1252 =
  'Rebels \u201cretake\u201d the town of Kafr Nabudah\n\n' +
  'Fighters of the National Liberation Front said on Thursday that they had retaken the town after a night of fighting, and that the army\u2019s positions north of it had been abandoned.\n\n' +
  'A spokesman described the advance as \u201ca first step\u201d and said the caf\u00e9s of the old market had reopened \u2014 a claim that could not be verified independently.\n';

function writeEncodings(): void {
  writeFileSync(path.join(OUT, 'arabic-windows-1256.txt'), iconv.encode(arabicText, 'windows-1256'));
  writeFileSync(path.join(OUT, 'arabic-iso-8859-6.txt'), iconv.encode(arabicText, 'iso-8859-6'));
  writeFileSync(path.join(OUT, 'arabic-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabicText, 'utf16le')]));
  const be = Buffer.from(arabicText, 'utf16le');
  be.swap16();
  writeFileSync(path.join(OUT, 'arabic-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(path.join(OUT, 'english-windows-1252.txt'), iconv.encode(ENGLISH_1252, 'windows-1252'));
  // UTF-8 with two stray bytes (a file spliced from two sources)
  const good = Buffer.from(`Ceasefire holds in Daraa \u2014 for now\n\nResidents of Daraa al-Balad (\u062f\u0631\u0639\u0627 \u0627\u0644\u0628\u0644\u062f) said the night had been quiet for the first time in a week, although shelling was reported further east.\n\nLocal committees said talks would resume on Sunday, \u201cif the guns stay silent\u201d.\n`, 'utf8');
  const at = good.indexOf('quiet');
  writeFileSync(path.join(OUT, 'invalid-utf8.txt'), Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xc0]), good.subarray(at)]));
  // an Arabic web page in windows-1256 that says so in its <meta>, and another with http-equiv
  const page = (meta: string) =>
    `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${meta}<title>${ARABIC_TITLE}</title></head><body><article><h1>${ARABIC_TITLE}</h1>${ARABIC_BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>\n`;
  writeFileSync(path.join(OUT, 'arabic-meta-charset.html'), iconv.encode(page('<meta charset="windows-1256">'), 'windows-1256'));
  writeFileSync(path.join(OUT, 'arabic-http-equiv.htm'), iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'), 'iso-8859-6'));
}

// ---------------------------------------------------------------------------------------------------
// a page saved "complete" (X.html + X_files/)

function writeSavedPage(): void {
  const dir = path.join(OUT, 'saved-complete');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'Idlib offensive_files'), { recursive: true });
  const html = `<!DOCTYPE html>
<!-- saved from url=(0052)https://news.example.org/2019/05/idlib-offensive.html -->
<html lang="en"><head><meta charset="utf-8">
<title>Government forces push into southern Idlib | Example News</title>
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Government forces push into southern Idlib","datePublished":"2019-05-09T08:00:00Z","author":{"@type":"Person","name":"Lina Haddad"},"publisher":{"@type":"Organization","name":"Example News"}}</script>
<link rel="stylesheet" href="./Idlib offensive_files/site.css"><script src="./Idlib offensive_files/app.js"></script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/syria">Syria</a></nav>
<article><h1>Government forces push into southern Idlib</h1>
<p class="byline">By Lina Haddad</p>
<figure><img src="./Idlib offensive_files/map.png"><figcaption>A map of the front line south of Khan Sheikhoun.</figcaption></figure>
<p>Syrian government forces backed by Russian air strikes pushed into the south of Idlib province on Thursday, taking two villages from rebel groups after days of heavy bombardment.</p>
<p>The National Front for Liberation, a coalition of Turkish-backed factions, said its fighters had repelled several attacks near Kafr Nabudah, while Hay'at Tahrir al-Sham sent reinforcements from the north.</p>
<p>Aid groups said tens of thousands of civilians had fled towards the Turkish border in the past week, many of them for the second or third time since the war began.</p>
</article>
<footer>© Example News 2019. All rights reserved.</footer>
</body></html>
`;
  writeFileSync(path.join(dir, 'Idlib offensive.html'), html);
  writeFileSync(path.join(dir, 'Idlib offensive_files', 'site.css'), 'body { font-family: serif; }\n');
  writeFileSync(path.join(dir, 'Idlib offensive_files', 'app.js'), 'console.log("tracking");\n');
  writeFileSync(path.join(dir, 'Idlib offensive_files', 'frame.html'), '<html><body><p>Advertisement: subscribe now and save 50% on your first year.</p></body></html>\n');
  writeFileSync(path.join(dir, 'Idlib offensive_files', 'map.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c30000000049454e44ae426082', 'hex'));
  // a folder that merely ends in _files with no page beside it is an ordinary folder
  mkdirSync(path.join(dir, 'notes_files'), { recursive: true });
  writeFileSync(path.join(dir, 'notes_files', 'field-note.txt'), 'Field note from Afrin\n\nThe checkpoint on the Jinderes road was manned by fighters of the Hamza Division on Tuesday, according to two residents who passed through it.\n');
}

// ---------------------------------------------------------------------------------------------------
// MHTML (Chrome "Save as single file"): quoted-printable main frame, an iframe, an image; and an Arabic
// one with a base64 windows-1256 part

export function qpEncode(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch = b === 0x0a ? '\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (ch === '\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += ch;
  }
  return out + line;
}

function writeMhtml(): void {
  const boundary = '----MultipartBoundary--dossierFixture0001----';
  const url = 'https://www.example.com/news/2018/08/30/russian-warships-tartus';
  const main = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Russian warships gather off Tartus \u2013 Example Times</title>
<meta property="og:title" content="Russian warships gather off Tartus">
<meta name="author" content="Daniel Shore"><meta property="article:published_time" content="2018-08-30T10:15:00+00:00"><meta property="og:site_name" content="Example Times"></head>
<body><header><a href="/">Example Times</a> \u00b7 <a href="/world">World</a> \u00b7 <a href="/subscribe">Subscribe</a></header>
<main><article><h1>Russian warships gather off Tartus</h1>
<p>Russia has assembled its largest naval force off the Syrian coast since the start of its intervention, Western officials said on Thursday, as Damascus prepared an offensive on Idlib \u2014 the last province held by the opposition.</p>
<p>The ships, including frigates armed with cruise missiles, are anchored near the port of Tartus, where Russia keeps its only Mediterranean naval base. Officials said the deployment was meant to deter Western strikes.</p>
<p>Hay\u2019at Tahrir al-Sham, the jihadist alliance that controls much of Idlib, said its fighters were \u201cready for any attack\u201d.</p>
<iframe src="https://ads.example.net/slot1"></iframe></article></main>
<footer>\u00a9 2018 Example Times. Cookies help us deliver our services.</footer></body></html>
`;
  const iframe = '<html><body><p>Advertisement \u2014 Buy one, get one free on all subscriptions this week only!</p></body></html>';
  const parts = [
    `--${boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0001@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${qpEncode(main)}\r\n`,
    `--${boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0002@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://ads.example.net/slot1\r\n\r\n${qpEncode(iframe)}\r\n`,
    `--${boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.example.com/logo.png\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4//8/AAX+Av6n1qTDAAAAAElFTkSuQmCC\r\n`,
  ];
  const mhtml =
    `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${url}\r\nSubject: Russian warships gather off Tartus =?utf-8?Q?=E2=80=93?= Example Times\r\nDate: Thu, 30 Aug 2018 12:00:00 -0000\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n${parts.join('')}--${boundary}--\r\n`;
  writeFileSync(path.join(OUT, 'chrome-single-file.mhtml'), mhtml);

  // Arabic, Internet Explorer style: base64 body in windows-1256 declared on the part
  const arBoundary = '----=_NextPart_000_0000_01D4ABCD.12345670';
  const arHtml = `<html dir="rtl"><head><title>${ARABIC_TITLE}</title></head><body><h1>${ARABIC_TITLE}</h1>${ARABIC_BODY.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
  const b64 = iconv.encode(arHtml, 'windows-1256').toString('base64').replace(/.{76}/g, '$&\r\n');
  const ar =
    `From: <Saved by Windows Internet Explorer 8>\r\nSubject: =?windows-1256?B?${iconv.encode('خبر', 'windows-1256').toString('base64')}?=\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${arBoundary}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n` +
    `--${arBoundary}\r\nContent-Type: text/html;\r\n\tcharset="windows-1256"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: http://www.example.net/ar/news/1234.html\r\n\r\n${b64}\r\n\r\n--${arBoundary}--\r\n`;
  writeFileSync(path.join(OUT, 'arabic-ie.mht'), ar);
  writeFileSync(path.join(OUT, 'not-mime.mhtml'), 'This file was renamed from notes.txt; it has no MIME structure at all.\n');
}

// ---------------------------------------------------------------------------------------------------
// DOCX: the smallest package Word and mammoth accept, with core properties

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00 (fixed, so the file is reproducible)
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function docx(paragraphs: { style?: string; text: string; rtl?: boolean }[], core: { title: string; creator: string; created: string }): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs
    .map((p) => {
      const ppr = p.style || p.rtl ? `<w:pPr>${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${p.rtl ? '<w:bidi/>' : ''}</w:pPr>` : '';
      return `<w:p>${ppr}<w:r>${p.rtl ? '<w:rPr><w:rtl/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEscape(p.text)}</w:t></w:r></w:p>`;
    })
    .join('');
  const styles = ['Title', 'Heading1', 'Heading2']
    .map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id === 'Title' ? 'Title' : id.replace('Heading', 'heading ')}"/></w:style>`)
    .join('');
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(core.title)}</dc:title><dc:creator>${xmlEscape(core.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created></cp:coreProperties>`,
  });
}

function writeDocx(): void {
  writeFileSync(
    path.join(OUT, 'field-report.docx'),
    docx(
      [
        { style: 'Title', text: 'Checkpoints on the M4 highway' },
        { text: 'Field report, eastern Idlib countryside' },
        { text: 'Three checkpoints between Saraqib and Ariha were staffed by Hay\u2019at Tahrir al-Sham on 12 March, according to drivers interviewed for this report. Fees were collected in Turkish lira.' },
        { style: 'Heading1', text: 'Traffic and fees' },
        { text: 'Drivers said the fee for a loaded lorry had doubled since January, and that the receipts carried the stamp of the Salvation Government\u2019s economic office.' },
        { text: 'Two drivers said Turkish patrols passed the Ariha checkpoint twice a day without stopping.' },
      ],
      { title: 'M4 checkpoints', creator: 'Sara Nasser', created: '2020-03-14T09:30:00Z' },
    ),
  );
  writeFileSync(
    path.join(OUT, 'arabic-report.docx'),
    docx(
      [{ style: 'Title', text: ARABIC_TITLE, rtl: true }, ...ARABIC_BODY.map((text) => ({ text, rtl: true }))],
      { title: ARABIC_TITLE, creator: 'مراسل محلي', created: '2019-05-09T07:00:00Z' },
    ),
  );
  // a password-protected Word file is an OLE compound file, not a zip
  const ole = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  ole.write('EncryptedPackage', 64, 'utf16le');
  writeFileSync(path.join(OUT, 'password-protected.docx'), ole);
  writeFileSync(path.join(OUT, 'not-a-zip.docx'), 'PK this is not really a zip archive, it was cut short\n');
}

// ---------------------------------------------------------------------------------------------------
// PDF: written by hand (Helvetica, WinAnsi), objects numbered in order and an exact xref table

/** Helvetica advance widths (per 1000 em) for the characters used here, near enough for line breaking. */
export function helveticaWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 278;
    else if ('il.,;:\'|!'.includes(ch)) w += 240;
    else if ('fjtrI-()'.includes(ch)) w += 320;
    else if ('mwMW'.includes(ch)) w += 860;
    else if (/[A-Z]/.test(ch)) w += 700;
    else if (/[0-9]/.test(ch)) w += 556;
    else w += 556;
  }
  return (w * size) / 1000;
}

export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (helveticaWidth(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export function pdfString(s: string): string {
  return `(${s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

export interface PdfObject {
  body: string | Buffer;
}

export function buildPdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const body = typeof o.body === 'string' ? Buffer.from(o.body, 'latin1') : o.body;
    const tail = Buffer.from('\nendobj\n', 'latin1');
    chunks.push(head, body, tail);
    length += head.length + body.length + tail.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

export function stream(content: string | Buffer, dict = ''): string | Buffer {
  const data = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([Buffer.from(`<< /Length ${data.length}${dict} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** pages: each a list of draw commands (already in the order the content stream should hold them). */
export function textPdf(pages: string[], fonts: string[], extraObjects: PdfObject[] = [], trailerExtra = ''): Buffer {
  // 1 catalog, 2 pages, 3.. fonts, then per page: page + content
  const fontBase = 3;
  const pageBase = fontBase + fonts.length;
  const objects: PdfObject[] = [];
  objects.push({ body: '<< /Type /Catalog /Pages 2 0 R >>' });
  const kids = pages.map((_, i) => `${pageBase + i * 2} 0 R`).join(' ');
  objects.push({ body: `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>` });
  for (const f of fonts) objects.push({ body: f });
  const fontRes = fonts.map((_, i) => `/F${i + 1} ${fontBase + i} 0 R`).join(' ');
  pages.forEach((content, i) => {
    objects.push({ body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fontRes} >> >> /Contents ${pageBase + i * 2 + 1} 0 R >>` });
    objects.push({ body: stream(content) });
  });
  objects.push(...extraObjects);
  return buildPdf(objects, trailerExtra);
}

export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
export const HELVETICA_BOLD = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';

export function text(font: string, size: number, x: number, y: number, s: string): string {
  return `BT /${font} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(s)} Tj ET\n`;
}

function writeTwoColumnPdf(): void {
  const paragraphs = [
    'The fighting around Maarat al-Numan intensified on Monday as government forces, supported by Russian aircraft, advanced along the main highway from the south. Residents reported continuous shelling through the night.',
    'Opposition commanders said the organisation of the defence had been entrusted to a joint operations room in which Hay\'at Tahrir al-Sham and the National Front for Liberation both took part, despite their rivalry.',
    'Humanitarian agencies warned that the displacement was the largest of the war. More than three hundred thousand people have left their homes in the past month, most of them heading north towards the Turkish border.',
    'A spokesman for the Syrian Civil Defence said rescue teams were unable to reach several villages because of the intensity of the air strikes, and that field hospitals had been moved further north for safety.',
    'Turkey, which maintains observation posts in the area under the Sochi agreement, said it would not withdraw its soldiers. Ankara called on Moscow to stop the offensive and to respect the ceasefire it had negotiated.',
    'Analysts said the aim of the campaign was to secure the M5 highway linking Damascus and Aleppo, which has been closed to commercial traffic since 2012, and to push the front line away from the government-held city of Hama.',
    'In Geneva, the United Nations envoy said the political process could not move forward while the fighting continued, and urged the guarantor states to meet again before the end of the month.',
    'Local councils in the north said they had no more room in the camps and appealed for tents, blankets and heating fuel, as night temperatures fell below freezing for the first time this winter.',
  ];
  const SIZE = 10;
  const LEADING = 13;
  const COL_W = 235;
  const LEFT = 50;
  const RIGHT = 50 + COL_W + 25; // 25-point gutter
  const TOP = 740;
  const BOTTOM = 560; // short columns, so that the text fills two columns on two pages
  // lay the paragraphs into columns and pages; force a hyphenated break and a hyphen in a name
  const flow: { text: string; gapBefore: boolean }[] = [];
  for (const p of paragraphs) {
    let lines = wrap(p, COL_W, SIZE);
    lines = lines.flatMap((l) => {
      const at = l.indexOf('organisation');
      return at < 0 ? [l] : [`${l.slice(0, at)}organ-`, l.slice(at + 'organ'.length)];
    });
    lines.forEach((l, i) => flow.push({ text: l, gapBefore: i === 0 }));
  }
  const pages: { col: number; y: number; text: string }[][] = [[]];
  let page = 0;
  let col = 0;
  let y = TOP - 60; // page 1 has the title above the columns
  for (const line of flow) {
    if (line.gapBefore && y !== TOP - 60 && y !== TOP) y -= LEADING * 0.8;
    if (y < BOTTOM) {
      if (col === 0) {
        col = 1;
        y = page === 0 ? TOP - 60 : TOP;
      } else {
        page++;
        pages.push([]);
        col = 0;
        y = TOP;
      }
    }
    pages[page].push({ col, y, text: line.text });
    y -= LEADING;
  }
  const total = pages.length + 1; // and a last page with an editor's note
  const contents = pages.map((lines, p) => {
    let c = '';
    if (p === 0) {
      c += text('F2', 18, LEFT, TOP + 10, 'Thousands flee as the Idlib offensive reaches Maarat al-Numan');
      c += text('F1', 10, LEFT, TOP - 12, 'By Omar Khalil, 23 December 2019');
    }
    // the content stream draws both columns row by row, the way many layout programs do
    const rows = [...new Set(lines.map((l) => l.y))].sort((a, b) => b - a);
    for (const row of rows) for (const l of lines.filter((x) => x.y === row).sort((a, b) => a.col - b.col)) c += text('F1', SIZE, l.col === 0 ? LEFT : RIGHT, l.y, l.text);
    // running header and footer, drawn last
    c += text('F1', 8, LEFT, 800, 'SYRIA CONFLICT MONITOR - Weekly Brief No. 51');
    c += text('F1', 8, 470, 800, 'December 2019');
    c += text('F1', 8, LEFT, 40, 'Distributed to subscribers only. Not for redistribution.');
    c += text('F1', 8, 500, 40, `Page ${p + 1} of ${total}`);
    return c;
  });
  contents.push(
    text('F2', 12, LEFT, TOP, 'Editor\'s note') +
      text('F1', 10, LEFT, TOP - 16, 'Casualty figures in this brief come from local monitoring groups and could not be verified.') +
      text('F1', 8, LEFT, 800, 'SYRIA CONFLICT MONITOR - Weekly Brief No. 51') +
      text('F1', 8, 470, 800, 'December 2019') +
      text('F1', 8, LEFT, 40, 'Distributed to subscribers only. Not for redistribution.') +
      text('F1', 8, 500, 40, `Page ${total} of ${total}`),
  );
  writeFileSync(path.join(OUT, 'two-column-brief.pdf'), textPdf(contents, [HELVETICA, HELVETICA_BOLD]));
}

/** Arabic: a simple font whose ToUnicode map gives each byte an Arabic letter; glyphs drawn in visual order as real PDFs do. */
function writeArabicPdf(): void {
  const letters = [...new Set([...(ARABIC_TITLE + ARABIC_BODY.join(''))].filter((c) => c !== ' ' && c !== '\n'))];
  const codeOf = new Map<string, number>([[' ', 0x20]]);
  letters.forEach((ch, i) => codeOf.set(ch, 0x21 + i));
  const cmapLines = [...codeOf.entries()].map(([ch, code]) => `<${code.toString(16).padStart(2, '0')}> <${ch.codePointAt(0)!.toString(16).padStart(4, '0')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <ff>\nendcodespacerange\n${cmapLines.length} beginbfchar\n${cmapLines.join('\n')}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  const last = 0x20 + letters.length;
  const widths = Array.from({ length: last - 0x20 + 1 }, (_, i) => (i === 0 ? 250 : 450)).join(' ');
  const SIZE = 12;
  const RIGHT_EDGE = 545;
  const encode = (s: string) => {
    // visual order: the characters of a right-to-left line are drawn from left to right, last letter first
    const visual = [...s].reverse();
    return `<${visual.map((c) => (codeOf.get(c) ?? 0x20).toString(16).padStart(2, '0')).join('')}>`;
  };
  const widthOf = (s: string, size: number) => [...s].reduce((w, c) => w + (c === ' ' ? 250 : 450), 0) * size / 1000;
  let c = '';
  let y = 760;
  const line = (s: string, size: number) => {
    c += `BT /F1 ${size} Tf ${(RIGHT_EDGE - widthOf(s, size)).toFixed(2)} ${y} Td ${encode(s)} Tj ET\n`;
    y -= size * 1.4;
  };
  line(ARABIC_TITLE, 16);
  y -= 8;
  for (const p of ARABIC_BODY) {
    const words = p.split(' ');
    let current = '';
    for (const w of words) {
      const cand = current ? `${current} ${w}` : w;
      if (widthOf(cand, SIZE) > 480 && current) {
        line(current, SIZE);
        current = w;
      } else current = cand;
    }
    if (current) line(current, SIZE);
    y -= 8;
  }
  const font = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar ${last} /Widths [${widths}] /ToUnicode 4 0 R >>`;
  // objects: 1 catalog, 2 pages, 3 font, 4 tounicode, 5 page, 6 content
  const objects: PdfObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [5 0 R] /Count 1 >>' },
    { body: font },
    { body: stream(cmap) },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>' },
    { body: stream(c) },
  ];
  writeFileSync(path.join(OUT, 'arabic.pdf'), buildPdf(objects));
}

function writeBrokenPdfs(): void {
  // encrypted with the standard security handler and a user password: /O and /U do not match the empty password
  const o = '<' + 'a1'.repeat(32) + '>';
  const u = '<' + '5c'.repeat(32) + '>';
  const encrypt: PdfObject = { body: `<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -3904 >>` };
  const pdf = textPdf([text('F1', 12, 72, 720, 'Secret briefing')], [HELVETICA], [encrypt], ` /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`);
  writeFileSync(path.join(OUT, 'encrypted.pdf'), pdf);
  // a download cut short: the header and a few bytes of the first object, nothing else
  const whole = textPdf([text('F1', 12, 72, 720, 'Truncated')], [HELVETICA]);
  writeFileSync(path.join(OUT, 'truncated.pdf'), whole.subarray(0, 40));
  // a page with no text (what a scan looks like to a text reader)
  writeFileSync(path.join(OUT, 'scanned-no-text.pdf'), textPdf(['0.5 g 72 72 451 698 re f\n'], [HELVETICA]));
  writeFileSync(path.join(OUT, 'not-a-pdf.pdf'), '<html><body>404 Not Found</body></html>\n');
}

// Run as a script (not when imported for its builders).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  writeEncodings();
  writeSavedPage();
  writeMhtml();
  writeDocx();
  writeTwoColumnPdf();
  writeArabicPdf();
  writeBrokenPdfs();
  console.log(`fixtures written to ${path.relative(process.cwd(), OUT)}`);
}
