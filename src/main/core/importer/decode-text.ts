import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Byte-order marks decide first; then strict UTF-8; text that is not valid UTF-8 is read as
 * Windows-1256 when its high bytes fall where Arabic letters live in that code page, else as
 * Windows-1252 (the usual encoding of old Western pages). Decoding never throws on bad bytes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = looksLikeWindows1256(bytes) ? 'windows-1256' : 'windows-1252';
    // Node's own TextDecoder reads 'windows-1252' as Latin-1 (curly quotes become C1 controls), so the
    // legacy code pages go through iconv-lite, which implements them fully.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding };
  }
}

function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  let arabicRange = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    // Windows-1256 puts Arabic letters at 0xC1-0xDA and 0xDC-0xED (with a few Latin letters between).
    if ((byte >= 0xc1 && byte <= 0xda) || (byte >= 0xdc && byte <= 0xed)) arabicRange++;
  }
  return high > 20 && arabicRange / high > 0.8;
}
