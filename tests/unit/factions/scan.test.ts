// The matcher's fast scanner must cut texts exactly like normalise.ts tokenize() (the reference).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/main/core/factions/normalise';
import { KeySpace, WordTable } from '../../../src/main/core/factions/scan';

const FIXTURES = path.resolve(__dirname, '../../fixtures/factions');

function viaScan(table: WordTable, keys: KeySpace, text: string) {
  const r = table.scan(text);
  const out = [];
  for (let k = 0; k < r.n; k++) {
    out.push({ start: r.start[k], end: r.end[k], loose: keys.keys[table.loose[r.word[k]]], joinPrev: r.join[k] === 1, articleStart: r.art[k] });
  }
  return out;
}
const viaTokenize = (text: string) => tokenize(text).map((t) => ({ start: t.start, end: t.end, loose: t.info.loose, joinPrev: t.joinPrev, articleStart: t.articleStart }));

describe('scan.ts WordTable.scan', () => {
  const keys = new KeySpace();
  const table = new WordTable(keys, 300); // small, so the reset path runs too
  table.freeze(() => false);
  const texts = [
    "Assad's forces met HTS’s men in al-Bab. U.S.-led coalition; Hay’at Tahrir al-Sham (HTS) and ash-Sham, el Nusra, al  Qaeda.",
    'قال تنظيم داعش إن قوات سوريا الديمقراطية وهيئة تحرير الشام والجيـــش السوري الحر، جَيْشُ الإِسْلامِ.',
    "Hayʼat Tahrir — Qa'ida `quoted` Jabhat an-Nusra's; al-\nSham; al- Sham; Syria. Army units; A. B. C.-led",
    '🇸🇾 “Hay’at Tahrir al-Sham” — and الجيش السوري الحر, then al-Qaeda’s men. Ḥayʾat Taḥrīr al-Shām; İdlib; straße',
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { text: string }).text),
  ];
  it('gives the same tokens, offsets, keys, joins and articles as tokenize()', () => {
    for (let round = 0; round < 3; round++) {
      for (const t of texts) expect(viaScan(table, keys, t)).toEqual(viaTokenize(t));
    }
  });
});
