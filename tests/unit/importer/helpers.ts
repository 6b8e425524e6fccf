import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFormat, type ExtractedFile } from '../../../src/main/core/importer/formats';

export const FORMATS = path.resolve(__dirname, '../../fixtures/formats');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FORMATS, name));
}

export function readFixture(name: string): Promise<ExtractedFile> {
  const p = path.join(FORMATS, name);
  return readFormat(readFileSync(p), { fileName: path.basename(p), path: p });
}

export const ARABIC_TITLE = 'هيئة تحرير الشام تسيطر على بلدة في ريف إدلب الجنوبي';
export const ARABIC_OPENING = 'أعلنت هيئة تحرير الشام يوم الخميس سيطرتها على بلدة في ريف إدلب الجنوبي';
