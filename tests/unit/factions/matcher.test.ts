import { describe, expect, it } from 'vitest';
import { createMatcher, lineageHint, loadGazetteer, parseGazetteer, type FactionMatch } from '../../../src/main/core/factions';

const g = loadGazetteer();
const matcher = createMatcher(g);
const ids = (t: string) => matcher.match(t).map((m) => m.entityId);
const surf = (t: string) => matcher.match(t).map((m) => `${m.entityId}=${m.surface}`);

describe('matcher: longest match and names inside names', () => {
  it('takes the longest name', () => {
    expect(surf('Jabhat Fateh al-Sham attacked.')).toEqual(['jabhat-fateh-al-sham=Jabhat Fateh al-Sham']);
    expect(surf('Jaish al-Fatah took Idlib.')).toEqual(['jaysh-al-fatah=Jaish al-Fatah']);
    expect(surf('the al-Nusra Front said')).toEqual(['al-nusra-front=al-Nusra Front']);
    expect(surf('The Free Syrian Army and the Syrian Arab Army')).toEqual(['free-syrian-army=Free Syrian Army', 'syrian-government=Syrian Arab Army']);
    expect(surf('Islamic State of Iraq fighters')).toEqual(['islamic-state-of-iraq=Islamic State of Iraq']);
    expect(surf('Islamic State of Iraq and Syria fighters')).toEqual(['islamic-state=Islamic State of Iraq and Syria']);
    expect(surf('Islamic State in Iraq and the Levant')).toEqual(['islamic-state=Islamic State in Iraq and the Levant']);
    expect(ids('The Islamic Front is not the Islamic State.')).toEqual(['islamic-front', 'islamic-state']);
  });
  it('does not resolve generic heads alone', () => {
    expect(ids('The Front and the Army met in al-Sham; Fatah and Jabhat leaders spoke.')).toEqual([]);
  });
  it('never runs a name across punctuation', () => {
    expect(ids('They left Syria. Army units followed.')).toEqual([]);
  });
});

describe('matcher: acronyms', () => {
  it('is case-sensitive and whole-word', () => {
    expect(ids('HTS and the NLF; hts, nlf and HTSX are not.')).toEqual(['hayat-tahrir-al-sham', 'national-liberation-front']);
    expect(ids('the FSA, SDF, YPG, SAA and NDF')).toEqual(['free-syrian-army', 'sdf', 'ypg', 'syrian-government', 'national-defence-forces']);
  });
  it('matches IS only with the Islamic State otherwise named, never "is"', () => {
    expect(ids('IS claimed the attack.')).toEqual([]);
    expect(ids('IS claimed the attack. The Islamic State is weakened, and it is over.')).toEqual(['islamic-state', 'islamic-state']);
    expect(ids('ISIS and ISIL and Daesh; Isis the goddess')).toEqual(['islamic-state', 'islamic-state', 'islamic-state']);
  });
  it('handles possessives and brackets', () => {
    expect(surf("HTS's emir [HTS] (JFS)")).toEqual(['hayat-tahrir-al-sham=HTS', 'hayat-tahrir-al-sham=HTS', 'jabhat-fateh-al-sham=JFS']);
  });
});

describe('matcher: misspellings, Arabic, people', () => {
  it('resolves known misspellings', () => {
    expect(surf('Ahrah al-Sham condemned it')).toEqual(['ahrar-al-sham=Ahrah al-Sham']);
  });
  it('matches Arabic names', () => {
    expect(ids('قال تنظيم داعش إن قوات سوريا الديمقراطية وهيئة تحرير الشام')).toEqual(['islamic-state', 'sdf', 'hayat-tahrir-al-sham']);
  });
  it('matches people as people, and possessive government phrases as the government', () => {
    expect(surf('Abu Mohamad al-Golani spoke; al-Golani later became Ahmed al-Sharaa.')).toEqual([
      'abu-muhammad-al-julani=Abu Mohamad al-Golani',
      'abu-muhammad-al-julani=al-Golani',
      'abu-muhammad-al-julani=Ahmed al-Sharaa',
    ]);
    expect(surf("Syria's Bashar al-Assad's government fell; Assad fled.")).toEqual([
      "syrian-government=Bashar al-Assad's government",
      'bashar-al-assad=Assad',
    ]);
    expect(ids('Hafez al-Assad and Maher al-Assad')).toEqual(['hafez-al-assad', 'maher-al-assad']);
  });
  it('counts descriptive government phrases only with a Syria anchor', () => {
    expect(ids('In Syria, the regime and government forces advanced.')).toEqual(['syrian-government', 'syrian-government']);
    expect(ids('In Iran, the regime and government forces cracked down.')).toEqual(['iran']);
  });
  it('drops a state named only as a sponsor', () => {
    expect(ids('Rebels backed by Turkey attacked; Iran-backed militias fled; Russian warplanes struck.')).toEqual(['russia']);
    expect(ids('Turkey sent troops.')).toEqual(['turkey']);
  });
});

describe('matcher: offsets', () => {
  it('reports UTF-16 offsets into the original text', () => {
    const text = '🇸🇾 “Hay’at Tahrir al-Sham” — and الجيش السوري الحر, then al-Qaeda’s men.';
    const ms: FactionMatch[] = matcher.match(text);
    expect(ms.length).toBe(3);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(ms.map((m) => m.surface)).toEqual(['Hay’at Tahrir al-Sham', 'الجيش السوري الحر', 'al-Qaeda']);
    for (let k = 1; k < ms.length; k++) expect(ms[k].start).toBeGreaterThanOrEqual(ms[k - 1].end);
  });
});

describe('matcher: performance', () => {
  it('matches 5 KB of text in well under 1 ms on average', () => {
    const para =
      "Hay'at Tahrir al-Sham (HTS) and the National Liberation Front clashed near Idlib as Russian warplanes struck. The regime's forces advanced " +
      'while Turkey reinforced its posts. Ahrar al-Sham, Jaish al-Izza and the Free Syrian Army said the Islamic State had no role. ';
    let text = '';
    while (text.length < 5000) text += para + 'Local councils met on Tuesday to discuss bread prices, water and schools in the area. ';
    text = text.slice(0, 5000);
    for (let k = 0; k < 200; k++) matcher.match(text); // warm the token cache and the JIT
    const runs = 500;
    const t0 = performance.now();
    for (let k = 0; k < runs; k++) matcher.match(text);
    const per = (performance.now() - t0) / runs;
    console.log(`faction matcher: ${per.toFixed(3)} ms per 5 KB`);
    expect(per).toBeLessThan(1);
  });
  it('builds the matcher quickly', () => {
    const t0 = performance.now();
    createMatcher(g);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('lineageHint', () => {
  it('describes where a faction came from and went, without its own name', () => {
    expect(lineageHint(g, 'jabhat-fateh-al-sham')).toBe("formerly Jabhat al-Nusra; merged into Hay'at Tahrir al-Sham (2017)");
    expect(lineageHint(g, 'al-nusra-front')).toMatch(/renamed Jabhat Fateh al-Sham \(2016\)/);
    expect(lineageHint(g, 'hayat-tahrir-al-sham')).toMatch(/^formed from Jabhat Fateh al-Sham/);
    expect(lineageHint(g, 'abu-muhammad-al-julani')).toMatch(/Jabhat al-Nusra/);
    expect(lineageHint(g, 'no-such-id')).toBeNull();
  });
  it('returns null when nothing is known', () => {
    const tiny = parseGazetteer({ entries: [{ id: 'x', name: 'X', kind: 'faction', bloc: 'rebel', arabic: [], aliases: [], acronyms: [], misspellings: [], lineage: [] }] });
    expect(lineageHint(tiny, 'x')).toBeNull();
  });
});
