import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** What the bytes were read as: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256', 'iso-8859-6', or a declared charset. */
  encoding: string;
}

export interface DecodeOptions {
  /**
   * A charset the container declares (an HTML <meta charset>, a MIME part's charset parameter). It is
   * used only when the bytes carry no byte-order mark and are not valid UTF-8: valid UTF-8 with
   * non-ASCII bytes is almost never anything else, and pages often declare a charset they do not use.
   */
  declared?: string | null;
}

/**
 * Bytes of a text file -> text, never throwing on bad bytes. In order:
 *  1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 *  2. UTF-16 without a mark, when nearly every other byte is zero (Notepad-style files with the mark stripped);
 *  3. strict UTF-8;
 *  4. the declared charset, when iconv-lite knows it and it is not UTF-8 (which the bytes just failed);
 *  5. UTF-8 with a few bad bytes (a truncated or spliced file): at least as many well-formed multi-byte
 *     sequences as invalid bytes (in real legacy text a high byte is seldom followed by the right continuation bytes); the bad bytes become U+FFFD and the encoding is 'utf-8';
 *  6. byte statistics choosing between Windows-1256, ISO-8859-6 and Windows-1252 (see detectLegacyEncoding).
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8: a legacy code page */
  }
  const declared = normalizeCharset(options.declared);
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return { text: iconv.decode(asBuffer(bytes), declared), encoding: declared };
  }
  if (mostlyUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const encoding = detectLegacyEncoding(bytes);
  // Node's own TextDecoder reads 'windows-1252' as Latin-1 (curly quotes become C1 controls), so the
  // legacy code pages go through iconv-lite, which implements them fully.
  return { text: iconv.decode(asBuffer(bytes), encoding), encoding };
}

/**
 * An HTML file's bytes: as decodeText, with the charset the page declares in its first 4 KB
 * (`<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`) honoured when the
 * bytes are not valid UTF-8. `declared` (e.g. a MIME part's charset) wins over the page's own meta.
 */
export function decodeHtml(bytes: Uint8Array, declared: string | null = null): DecodedText {
  return decodeText(bytes, { declared: declared ?? sniffHtmlCharset(bytes) });
}

/** The charset an HTML page declares in its head, or null. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1];
  }
  return null;
}

/**
 * A charset label as iconv-lite spells it, or null when unknown. HTML's rule that "iso-8859-1" and
 * "us-ascii" mean Windows-1252 is applied (the WHATWG Encoding standard), as browsers do.
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(?:iso-?8859-?1|latin-?1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|windows-1252|cp1252|x-cp1252)$/.test(l)) return 'windows-1252';
  if (/^(?:windows-1256|cp1256|x-cp1256)$/.test(l)) return 'windows-1256';
  if (/^(?:iso-?8859-?6(?:-[ei])?|arabic|asmo-708|ecma-114|csisolatinarabic|iso-ir-127)$/.test(l)) return 'iso-8859-6';
  if (/^utf-?16(?:le)?$/.test(l)) return 'utf-16le';
  if (/^utf-?16be$/.test(l)) return 'utf-16be';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * Which single-byte code page a non-UTF-8 file is in. The heuristic, from byte statistics only:
 *
 *  - Look at the high bytes (>= 0x80). Western text (Windows-1252) puts them inside words of ASCII letters
 *    ("été", "Hay’at"); Arabic text puts them in runs (every letter of a word is a high byte). When more than
 *    a third of the high bytes touch an ASCII letter, or there are no Arabic-looking runs, it is Windows-1252.
 *  - Otherwise decode with both Arabic code pages and count the high bytes that come out as Arabic letters,
 *    Arabic punctuation or no-break space. Both pages share the letters ء…ض (0xC1-0xD6), but they part after
 *    that: ISO-8859-6 has ف ق ك ل م ن ه و ي at 0xE1-0xEA, where Windows-1256 has Latin letters (à â ç è é ê ë),
 *    and Windows-1256 has ط ظ ع غ ف ق ك at 0xD8-0xDF and letters in 0x80-0x9F, which ISO-8859-6 leaves
 *    undefined or as C1 controls. Real Arabic text uses those letters constantly, so the page that reads
 *    more of the high bytes as Arabic is the right one; any byte in 0x80-0x9F also rules out ISO-8859-6.
 *    A tie (text made only of letters both pages read as Arabic, typical of a few words) is broken by how
 *    likely each reading is under Arabic letter frequencies: "سلام" in ISO-8859-6 reads "سناه" in Windows-1256,
 *    and ل is far commoner than ن or ه. A few words can still be read wrongly; a paragraph is not.
 *  - If neither page reads at least 60% of the high bytes as Arabic, it is Windows-1252.
 */
export function detectLegacyEncoding(bytes: Uint8Array): 'windows-1252' | 'windows-1256' | 'iso-8859-6' {
  let high = 0;
  let besideAsciiLetter = 0;
  let c1 = 0;
  let inRuns = 0;
  let score1256 = 0;
  let score88596 = 0;
  const limit = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    const prev = i > 0 ? bytes[i - 1] : 0x20;
    const next = i + 1 < limit ? bytes[i + 1] : 0x20;
    if (isAsciiLetter(prev) || isAsciiLetter(next)) besideAsciiLetter++;
    if (prev >= 0x80 || next >= 0x80) inRuns++;
    if (b <= 0x9f) c1++;
    if (ARABIC_1256[b]) score1256++;
    if (ARABIC_88596[b]) score88596++;
  }
  if (high === 0) return 'windows-1252';
  if (besideAsciiLetter / high > 1 / 3 || inRuns / high < 0.5) return 'windows-1252';
  if (c1 > 0) score88596 = 0;
  const best = Math.max(score1256, score88596);
  if (best / high < 0.6) return 'windows-1252';
  if (score88596 !== score1256) return score88596 > score1256 ? 'iso-8859-6' : 'windows-1256';
  return letterLikelihood(bytes, limit, LOG_FREQ_88596) > letterLikelihood(bytes, limit, LOG_FREQ_1256) ? 'iso-8859-6' : 'windows-1256';
}

// Approximate frequencies (per cent) of Arabic letters in news prose; anything else Arabic is rare.
const LETTER_FREQ: Record<string, number> = {
  'ا': 12.4, 'ل': 11, 'ي': 6.6, 'م': 6, 'و': 5.6, 'ن': 5.5, 'ه': 4.4, 'ر': 4.4, 'ت': 3.9, 'ب': 3.8, 'ع': 3.5, 'ة': 3.2,
  'د': 2.8, 'ف': 2.6, 'ق': 2.5, 'س': 2.5, 'أ': 2.3, 'ك': 2.1, 'ح': 1.9, 'إ': 1.3, 'ج': 1.3, 'ى': 1.2, 'ط': 1, 'ص': 1,
  'خ': 1, 'ش': 1, 'ذ': 0.8, 'ض': 0.6, 'ز': 0.5, 'ث': 0.5, 'ء': 0.4, 'غ': 0.4, 'ئ': 0.4, 'آ': 0.2, 'ؤ': 0.2, 'ظ': 0.2,
};

function logFrequencies(encoding: string): Float64Array {
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const chars = [...iconv.decode(all, encoding)];
  return Float64Array.from(chars, (ch) => Math.log((LETTER_FREQ[ch] ?? 0.05) / 100));
}

const LOG_FREQ_1256 = logFrequencies('windows-1256');
const LOG_FREQ_88596 = logFrequencies('iso-8859-6');

function letterLikelihood(bytes: Uint8Array, limit: number, table: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < limit; i++) if (bytes[i] >= 0x80) sum += table[bytes[i]];
  return sum;
}

/** Counts well-formed multi-byte UTF-8 sequences against bytes that cannot be UTF-8. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid >= invalid;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** For each byte, whether the code page maps it to an Arabic-block character or a no-break space. */
function arabicTable(encoding: string): boolean[] {
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const chars = [...iconv.decode(all, encoding)];
  return chars.map((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (c >= 0x0600 && c <= 0x06ff) || c === 0xa0 || c === 0x200c || c === 0x200d;
  });
}

const ARABIC_1256 = arabicTable('windows-1256');
const ARABIC_88596 = arabicTable('iso-8859-6');

/** UTF-16 without a byte-order mark: in mostly-ASCII text the high byte of each pair is zero and the low byte is not. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
