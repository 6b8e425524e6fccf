import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/main/core/importer/decode-text';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Hay’at Tahrir al-Sham', 'utf8'))).toEqual({ text: 'Hay’at Tahrir al-Sham', encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Idlib', 'utf8')]);
    expect(decodeText(bom)).toEqual({ text: 'Idlib', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('هيئة تحرير الشام', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'هيئة تحرير الشام', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for invalid UTF-8 without throwing', () => {
    const bytes = Buffer.from([0x93, 0x4e, 0x75, 0x73, 0x72, 0x61, 0x94, 0x20, 0xe9, 0x74, 0xe9]);
    expect(decodeText(bytes)).toEqual({ text: '“Nusra” été', encoding: 'windows-1252' });
  });
});
