import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, detectLegacyEncoding, normalizeCharset, sniffHtmlCharset } from '../../../src/main/core/importer/decode-text';
import { ARABIC_OPENING, ARABIC_TITLE, fixture, readFixture } from './helpers';

// Real sentences, not letter soup: the heuristic is about how Arabic prose uses the two code pages.
const ARABIC_SAMPLES = [
  'أعلنت هيئة تحرير الشام يوم الخميس سيطرتها على بلدة في ريف إدلب الجنوبي بعد معارك مع قوات النظام.',
  'قال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت طوال الليل في محيط مدينة سراقب.',
  'وصلت تعزيزات عسكرية تركية إلى نقطة المراقبة في مورك شمال حماة، بحسب مصادر محلية.',
  'الجبهة الوطنية للتحرير تعلن صد هجوم على محور كفرنبودة',
  'وقف إطلاق النار',
  'ريف حماة الشمالي',
  'سلام',
  'حلب',
  'في',
];

describe('decodeText: byte-order marks and UTF-8', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from('Hay’at Tahrir al-Sham', 'utf8'))).toEqual({ text: 'Hay’at Tahrir al-Sham', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('إدلب', 'utf8')]))).toEqual({ text: 'إدلب', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM (fixtures)', async () => {
    for (const [name, encoding] of [['arabic-utf16le.txt', 'utf-16le'], ['arabic-utf16be.txt', 'utf-16be']] as const) {
      const decoded = decodeText(fixture(name));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text.startsWith(ARABIC_TITLE)).toBe(true);
      const read = await readFixture(name);
      expect(read.encoding).toBe(encoding);
      expect(read.articles[0].direction).toBe('rtl');
    }
  });

  it('reads UTF-16 LE without a BOM when every other byte is zero', () => {
    expect(decodeText(Buffer.from('Idlib and Hama countryside', 'utf16le'))).toEqual({ text: 'Idlib and Hama countryside', encoding: 'utf-16le' });
  });

  it('keeps UTF-8 with a few invalid bytes as UTF-8, replacing only the bad bytes', async () => {
    const decoded = decodeText(fixture('invalid-utf8.txt'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('درعا البلد');
    expect(decoded.text).toContain('\uFFFD\uFFFDquiet');
    const read = await readFixture('invalid-utf8.txt');
    expect(read.warnings.join(' ')).toMatch(/2 bytes that are not valid utf-8/);
    expect(read.articles[0].title).toBe('Ceasefire holds in Daraa — for now');
  });

  it('never throws on arbitrary bytes', () => {
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(1 + (n % 97));
      for (let i = 0; i < bytes.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = seed & 0xff;
      }
      const decoded = decodeText(bytes);
      expect(typeof decoded.text).toBe('string');
      expect(typeof decoded.encoding).toBe('string');
    }
  });
});

describe('decodeText: legacy code pages', () => {
  it('tells Windows-1256 from ISO-8859-6 on real Arabic text encoded both ways with iconv-lite', () => {
    for (const sample of ARABIC_SAMPLES) {
      for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
        const decoded = decodeText(iconv.encode(sample, encoding));
        expect({ sample, encoding: decoded.encoding, text: decoded.text }).toEqual({ sample, encoding, text: sample });
      }
    }
  });

  it('reads the Arabic fixtures in both code pages as Arabic, right to left', async () => {
    for (const [name, encoding] of [['arabic-windows-1256.txt', 'windows-1256'], ['arabic-iso-8859-6.txt', 'iso-8859-6']] as const) {
      const read = await readFixture(name);
      expect(read.encoding).toBe(encoding);
      expect(read.articles[0].title).toBe(ARABIC_TITLE);
      expect(read.articles[0].body.startsWith(ARABIC_OPENING)).toBe(true);
      expect(read.articles[0].direction).toBe('rtl');
      expect(read.articles[0].language).toBe('ar');
    }
  });

  it('reads Windows-1252 English with curly quotes, dashes and accents', async () => {
    const read = await readFixture('english-windows-1252.txt');
    expect(read.encoding).toBe('windows-1252');
    expect(read.articles[0].title).toBe('Rebels “retake” the town of Kafr Nabudah');
    expect(read.articles[0].body).toContain('the army’s positions');
    expect(read.articles[0].body).toContain('cafés of the old market had reopened — a claim');
    expect(read.articles[0].direction).toBe('ltr');
    expect(read.warnings.join(' ')).toMatch(/read as windows-1252/);
  });

  it('does not mistake accented Western text for Arabic', () => {
    for (const s of ['“Nusra” été', 'Le régime a déclaré à l’aube… « Jabhat al-Nosra » près de Hama', 'Fußball, Ärger und Öl in Rakka']) {
      expect(detectLegacyEncoding(iconv.encode(s, 'windows-1252'))).toBe('windows-1252');
    }
  });

  it('uses a declared charset only when the bytes are not UTF-8', () => {
    const arabic = iconv.encode('وقف إطلاق النار', 'iso-8859-6');
    expect(decodeText(arabic, { declared: 'ISO-8859-6' })).toEqual({ text: 'وقف إطلاق النار', encoding: 'iso-8859-6' });
    expect(decodeText(Buffer.from('وقف إطلاق النار', 'utf8'), { declared: 'windows-1256' }).encoding).toBe('utf-8');
    // an unknown label falls back to detection
    expect(decodeText(iconv.encode('وقف إطلاق النار في ريف حماة', 'windows-1256'), { declared: 'x-made-up' }).encoding).toBe('windows-1256');
  });

  it('normalises charset labels as browsers do', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('"cp1256"')).toBe('windows-1256');
    expect(normalizeCharset('ASMO-708')).toBe('iso-8859-6');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('no-such-charset')).toBeNull();
  });
});

describe('HTML charsets', () => {
  it('finds <meta charset> and http-equiv Content-Type', () => {
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset="windows-1256"></head>'))).toBe('windows-1256');
    expect(sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'))).toBe('iso-8859-6');
    expect(sniffHtmlCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });

  it('honours the page’s declared charset (fixtures: windows-1256 in <meta charset>, ISO-8859-6 in http-equiv)', async () => {
    for (const [name, encoding] of [['arabic-meta-charset.html', 'windows-1256'], ['arabic-http-equiv.htm', 'iso-8859-6']] as const) {
      expect(decodeHtml(fixture(name)).encoding).toBe(encoding);
      const read = await readFixture(name);
      expect(read.kind).toBe('html');
      expect(read.encoding).toBe(encoding);
      expect(read.articles[0].title).toBe(ARABIC_TITLE);
      expect(read.articles[0].body.startsWith(ARABIC_OPENING)).toBe(true);
      expect(read.articles[0].direction).toBe('rtl');
    }
  });

  it('trusts valid UTF-8 over a wrong declaration', () => {
    const html = Buffer.from('<meta charset="windows-1252"><p>Hay’at Tahrir al-Sham</p>', 'utf8');
    expect(decodeHtml(html)).toEqual({ text: '<meta charset="windows-1252"><p>Hay’at Tahrir al-Sham</p>', encoding: 'utf-8' });
  });
});
