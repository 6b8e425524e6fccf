// Where a mention starts and ends: the reader highlights the name itself, so a mention's span must not
// take in an Arabic proclitic, and must cover the whole name when names overlap.
import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';
import { tokenInfo } from '../../../src/main/core/factions/normalise';

const g = loadGazetteer();
const matcher = createMatcher(g);
const surf = (t: string) => matcher.match(t).map((m) => `${m.entityId}=${m.surface}`);

/** Every mention's offsets must give back its surface. */
function spans(t: string): string[] {
  const ms = matcher.match(t);
  for (const m of ms) expect(t.slice(m.start, m.end)).toBe(m.surface);
  return ms.map((m) => `${m.entityId}=${m.surface}`);
}

describe('Arabic proclitics are outside the mention', () => {
  it('leaves out و ف ب ك ل before a name without the article', () => {
    expect(spans('أعلنت وفرقة الحمزة')).toEqual(['hamza-division=فرقة الحمزة']);
    expect(spans('قال مقاتلون تابعون لحزب الله')).toEqual(['hezbollah=حزب الله']);
    expect(spans('هاجم التنظيم حاجزاً وقوات سوريا الديمقراطية')).toEqual(['sdf=قوات سوريا الديمقراطية']);
    expect(spans('فجبهة النصرة لم تعلق')).toEqual(['al-nusra-front=جبهة النصرة']);
    expect(spans('اتهموه بداعش')).toEqual(['islamic-state=داعش']);
    expect(spans('تعمل كجبهة النصرة')).toEqual(['al-nusra-front=جبهة النصرة']);
  });
  it('leaves out two stacked proclitics and the harakat on them', () => {
    expect(spans('لا يسمح ولهيئة تحرير الشام')).toEqual(['hayat-tahrir-al-sham=هيئة تحرير الشام']);
    expect(spans('مرّوا وبجبهة النصرة')).toEqual(['al-nusra-front=جبهة النصرة']);
    expect(spans('سلّموا المدينة ولقسد')).toEqual(['sdf=قسد']);
    expect(spans('وَلِحِزْبِ اللهِ مقاتلون')).toEqual(['hezbollah=حِزْبِ اللهِ']);
  });
  it('keeps the article of a name and leaves out what stands before it, لل as a whole', () => {
    expect(spans('قاتل والجيش السوري الحر معاً')).toEqual(['free-syrian-army=الجيش السوري الحر']);
    expect(spans('قتل عدد من مرتزقة ما يسمى بالجيش الحر')).toEqual(['free-syrian-army=الجيش الحر']);
    expect(spans('التابع للجيش الوطني السوري')).toEqual(['syrian-national-army=جيش الوطني السوري']);
    expect(spans('وللجيش التركي نقطة مراقبة')).toEqual(['turkey=جيش التركي']);
  });
  it('does not cut a name that starts with a proclitic-like letter', () => {
    expect(spans('قاتل لواء القدس في حلب، وفتح حلب في الغرب')).toEqual(['liwa-al-quds=لواء القدس', 'fatah-halab=فتح حلب']);
    expect(spans('مجموعة فاغنر الروسية')).toEqual(['wagner-group=مجموعة فاغنر']);
  });
  it('reads context anchors with proclitics too', () => {
    expect(surf('انسحب مقاتلو فاغنر من تدمر وروسيا تنفي')).toEqual(['wagner-group=فاغنر', 'russia=روسيا']);
  });
});

describe('the whole name', () => {
  it('joins overlapping names of one entity into one mention', () => {
    expect(spans('أعلن تنظيم الدولة الإسلامية مسؤوليته')).toEqual(['islamic-state=تنظيم الدولة الإسلامية']);
    expect(spans('اتهموا بتنظيم الدولة الإسلامية في العراق والشام')).toEqual(['islamic-state=تنظيم الدولة الإسلامية في العراق والشام']);
    expect(spans('Tanzim al-Dawla al-Islamiya fighters')).toEqual(['islamic-state=Tanzim al-Dawla al-Islamiya']);
  });
  it('does not join names of different entities', () => {
    expect(spans('Islamic State of Iraq and the Levant; Islamic State of Iraq fighters')).toEqual([
      'islamic-state=Islamic State of Iraq and the Levant',
      'islamic-state-of-iraq=Islamic State of Iraq',
    ]);
  });
  it('reads "of the" and "of" alike inside English names', () => {
    expect(spans('the Army of the Mujahideen sent men to Aleppo')).toEqual(['jaysh-al-mujahideen=Army of the Mujahideen']);
    expect(spans('the Guardians of Religion Organization')).toEqual(['hurras-al-din=Guardians of Religion Organization']);
    expect(spans('the Army of the Conquest took Idlib')).toEqual(['jaysh-al-fatah=Army of the Conquest']);
  });
  it('takes the genitive "army of Assad" as "Assad\'s army"', () => {
    expect(spans('In Syria, the army of President Bashar al-Assad advanced on Douma.')).toEqual(['syrian-government=the army of President Bashar al-Assad']);
  });
  it('does not take an Arabic head followed by an adjective for the faction named before', () => {
    expect(spans('قالت هيئة تحرير الشام إن الهيئة العليا للمفاوضات لا تمثلها، وقالت الهيئة إنها لن تنسحب')).toEqual([
      'hayat-tahrir-al-sham=هيئة تحرير الشام',
      'hayat-tahrir-al-sham=الهيئة',
    ]);
    expect(spans('قصف فيلق الشام مواقع الفيلق الثالث')).toEqual(['faylaq-al-sham=فيلق الشام']);
    expect(spans('قاتل فيلق الشام إلى جانب الفيلق الخامس')).toEqual(['faylaq-al-sham=فيلق الشام', '5th-corps=الفيلق الخامس']);
  });
});

describe('where an English mention starts', () => {
  it("leaves a person's title out of a faction or state mention built on the name", () => {
    expect(spans("Former Syrian President Bashar al-Assad's government rarely allowed aid in.")).toEqual([
      "syrian-government=Bashar al-Assad's government",
    ]);
    expect(spans('President Bashar al-Assad spoke in Damascus.')).toEqual(['bashar-al-assad=President Bashar al-Assad']);
  });
  it('starts a name-like descriptive form at its capital, and keeps "the" before a common word', () => {
    expect(spans('In Syria, the Syrian army and the Assad regime faced the regime\'s critics.')).toEqual([
      'syrian-government=Syrian army',
      'syrian-government=Assad regime',
      'syrian-government=the regime',
    ]);
    expect(spans('Jabhat al-Nusra held Idlib. The Front said so.')).toEqual(['al-nusra-front=Jabhat al-Nusra', 'al-nusra-front=The Front']);
  });
  it('takes "war machine" as a name of the military it belongs to', () => {
    expect(spans("Families fled the bygone regime's war machine in Syria; Assad's war machine and the Russian war machine.")).toEqual([
      "syrian-government=the bygone regime's war machine",
      "syrian-government=Assad's war machine",
      'russia=Russian war machine',
    ]);
  });
});

describe('tokenInfo: Arabic keys without proclitics', () => {
  it('gives the proclitic length as written for each key', () => {
    expect(tokenInfo('والجيش')).toMatchObject({ strict: 'جيش', pre: 1, alt: null });
    expect(tokenInfo('للجيش')).toMatchObject({ strict: 'جيش', pre: 2 });
    expect(tokenInfo('ولهيئة')).toMatchObject({ strict: 'ولهيءه', pre: 0, alt: 'لهيءه', altPre: 1, alt2: 'هيءه', alt2Pre: 2 });
    expect(tokenInfo('وَلِحِزْبِ')).toMatchObject({ alt2: 'حزب', alt2Pre: 4 });
    expect(tokenInfo('كجبهة')).toMatchObject({ alt: 'جبهه', altPre: 1 });
  });
  it('keeps three letters after a proclitic', () => {
    expect(tokenInfo('بدر').alt).toBeNull();
    expect(tokenInfo('وقسد').alt).toBe('قسد');
    expect(tokenInfo('وبدر').alt2).toBeNull();
  });
});
