import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../src/main/core/importer/collect-files';
import { formatOf, isSavedPageAssetFolder, readFormat, supportedExtensions, UnreadableFileError } from '../../../src/main/core/importer/formats';
import { ARABIC_OPENING, ARABIC_TITLE, FORMATS, fixture, readFixture } from './helpers';

async function failure(name: string): Promise<UnreadableFileError> {
  const error = await readFixture(name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

describe('the registry', () => {
  it('knows formats by extension, case-insensitively', () => {
    expect(formatOf('a.TXT')).toBe('text');
    expect(formatOf('notes.md')).toBe('markdown');
    expect(formatOf('Page.HTM')).toBe('html');
    expect(formatOf('page.html')).toBe('html');
    expect(formatOf('saved.mhtml')).toBe('mhtml');
    expect(formatOf('saved.MHT')).toBe('mhtml');
    expect(formatOf('/x/y/report.Pdf')).toBe('pdf');
    expect(formatOf('field.docx')).toBe('docx');
    expect(formatOf('old.doc')).toBeNull();
    expect(formatOf('README')).toBeNull();
    expect(supportedExtensions()).toEqual(expect.arrayContaining(['.txt', '.md', '.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx']));
  });

  it('refuses unsupported files with the reason and what to do', async () => {
    await expect(readFormat(Buffer.from('x'), { fileName: 'old.doc', path: null })).rejects.toThrow(/"\.doc" files are not read by Dossier\. Open the file in a word processor and save it as \.docx or PDF/);
    await expect(readFormat(Buffer.from('x'), { fileName: 'photo.jpg', path: null })).rejects.toThrow(/"\.jpg" files are not read by Dossier\. It imports \.txt, /);
    await expect(readFormat(Buffer.from('x'), { fileName: 'photo.jpg', path: null })).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('refuses empty and blank files', async () => {
    for (const fileName of ['empty.txt', 'empty.pdf', 'empty.docx', 'empty.mhtml', 'empty.html']) {
      await expect(readFormat(new Uint8Array(0), { fileName, path: null })).rejects.toThrow('The file is empty; there is nothing to import.');
    }
    await expect(readFormat(Buffer.from('   \n\n  \t\n'), { fileName: 'blank.txt', path: null })).rejects.toThrow(/no readable text/);
    await expect(readFormat(Buffer.from('<html><body><div></div></body></html>'), { fileName: 'blank.html', path: null })).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('refuses binaries and mislabelled files in a text format', async () => {
    await expect(readFormat(fixture('two-column-brief.pdf'), { fileName: 'brief.txt', path: null })).rejects.toThrow(/really a PDF\. Rename it to end in \.pdf/);
    await expect(readFormat(fixture('field-report.docx'), { fileName: 'report.html', path: null })).rejects.toThrow(/really a zip archive/);
    const binary = Buffer.alloc(600);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7) % 32;
    await expect(readFormat(binary, { fileName: 'data.txt', path: null })).rejects.toThrow(/looks like a binary file/);
  });

  it('reads plain text and Markdown as before', async () => {
    const text = await readFormat(Buffer.from('Shelling in Jisr al-Shughur\n\nResidents said the shelling of the town went on for most of Tuesday night and damaged the main market.\n'), { fileName: 'note.txt', path: null });
    expect(text).toMatchObject({ kind: 'text', mediaType: 'text/plain', encoding: 'utf-8', warnings: [] });
    expect(text.articles[0].title).toBe('Shelling in Jisr al-Shughur');
    const md = await readFormat(Buffer.from('---\ntitle: Notes on the Hamza Division\nauthor: R. Kaya\n---\n\nThe **Hamza Division** holds checkpoints north of Afrin, according to residents who passed them this week.\n'), { fileName: 'notes.md', path: null });
    expect(md).toMatchObject({ kind: 'markdown', mediaType: 'text/markdown' });
    expect(md.articles[0]).toMatchObject({ title: 'Notes on the Hamza Division', author: 'R. Kaya' });
    expect(md.articles[0].body).not.toContain('**');
  });
});

describe('HTML pages saved "complete"', () => {
  const dir = path.join(FORMATS, 'saved-complete');

  it('reads the page, with its metadata and the address the browser noted', async () => {
    const read = await readFixture('saved-complete/Idlib offensive.html');
    expect(read).toMatchObject({ kind: 'html', mediaType: 'text/html', encoding: 'utf-8' });
    const [a] = read.articles;
    expect(a.title).toBe('Government forces push into southern Idlib');
    expect(a.author).toBe('Lina Haddad');
    expect(a.outlet).toBe('Example News');
    expect(a.date).toMatchObject({ value: '2019-05-09', source: 'metadata' });
    expect(a.body).toContain('pushed into the south of Idlib province');
    expect(a.body).not.toContain('All rights reserved');
  });

  it('knows an X_files folder beside X.html as assets, and nothing else', () => {
    expect(isSavedPageAssetFolder(path.join(dir, 'Idlib offensive_files'))).toBe(true);
    expect(isSavedPageAssetFolder(path.join(dir, 'notes_files'))).toBe(false); // no notes.html beside it
    expect(isSavedPageAssetFolder(dir)).toBe(false);
    expect(isSavedPageAssetFolder(path.join(dir, 'missing_files'))).toBe(false);
  });

  it('is skipped when a folder is walked, but not when named explicitly', () => {
    const walked = collectFiles([dir]).map((e) => path.relative(dir, e.path));
    expect(walked).toEqual(['Idlib offensive.html', path.join('notes_files', 'field-note.txt')]);
    const explicit = collectFiles([path.join(dir, 'Idlib offensive_files')]).map((e) => path.basename(e.path));
    expect(explicit).toEqual(expect.arrayContaining(['frame.html', 'site.css']));
  });
});

describe('MHTML', () => {
  it('reads the main frame of a Chrome single-file page (quoted-printable), not its iframes', async () => {
    const read = await readFixture('chrome-single-file.mhtml');
    expect(read).toMatchObject({ kind: 'mhtml', mediaType: 'multipart/related', encoding: 'utf-8' });
    expect(read.articles).toHaveLength(1);
    const [a] = read.articles;
    expect(a.title).toBe('Russian warships gather off Tartus');
    expect(a.author).toBe('Daniel Shore');
    expect(a.outlet).toBe('Example Times');
    expect(a.date).toMatchObject({ value: '2018-08-30', source: 'metadata' });
    expect(a.body).toContain('Damascus prepared an offensive on Idlib — the last province');
    expect(a.body).toContain('Hay’at Tahrir al-Sham');
    expect(a.body).not.toMatch(/Advertisement|Buy one/);
    expect(read.warnings).toContain('1 embedded frame (advertising, embedded posts or widgets saved with the page) was not read.');
  });

  it('decodes a base64 part in the charset it declares (Arabic, windows-1256)', async () => {
    const read = await readFixture('arabic-ie.mht');
    expect(read.encoding).toBe('windows-1256');
    expect(read.articles[0].title).toBe(ARABIC_TITLE);
    expect(read.articles[0].body.startsWith(ARABIC_OPENING)).toBe(true);
    expect(read.articles[0].direction).toBe('rtl');
  });

  it('says why a file is not an MHTML archive', async () => {
    expect((await failure('not-mime.mhtml')).message).toMatch(/^This is not a readable MHTML archive\. Open it in a browser and save the page again/);
    const noHtml = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n');
    await expect(readFormat(noHtml, { fileName: 'x.mht', path: null })).rejects.toThrow(/holds no web page \(it has no text\/html part\)/);
    const noBoundary = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nhello\r\n');
    await expect(readFormat(noBoundary, { fileName: 'x.mht', path: null })).rejects.toThrow(/names no boundary/);
  });
});

describe('DOCX', () => {
  it('reads headings, paragraphs and core properties (title style, creator, created date)', async () => {
    const read = await readFixture('field-report.docx');
    expect(read).toMatchObject({ kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: null });
    const [a] = read.articles;
    expect(a.title).toBe('Checkpoints on the M4 highway');
    expect(a.author).toBe('Sara Nasser');
    expect(a.date).toMatchObject({ value: '2020-03-14', source: 'metadata', evidence: 'Word document properties: created 2020-03-14T09:30:00Z' });
    expect(a.body).toContain('Three checkpoints between Saraqib and Ariha');
    expect(a.body).toContain('\n\nTraffic and fees\n\n');
    expect(a.body).toContain('Turkish patrols passed the Ariha checkpoint');
    expect(a.direction).toBe('ltr');
  });

  it('reads an Arabic document right to left', async () => {
    const [a] = (await readFixture('arabic-report.docx')).articles;
    expect(a.title).toBe(ARABIC_TITLE);
    expect(a.body.startsWith(ARABIC_OPENING)).toBe(true);
    expect(a.direction).toBe('rtl');
    expect(a.language).toBe('ar');
  });

  it('explains password-protected and damaged files', async () => {
    expect((await failure('password-protected.docx')).message).toMatch(/^This Word file is password-protected \(encrypted\), or is an old-style \.doc/);
    expect((await failure('not-a-zip.docx')).message).toMatch(/^This \.docx file is damaged or is not a Word document/);
  });
});
