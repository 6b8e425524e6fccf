import { describe, expect, it } from 'vitest';
import { createMatcher, findUnknownGroups, loadGazetteer, normaliseForMatch } from '../../../src/main/core/factions';

const g = loadGazetteer();
const matcher = createMatcher(g);
const names = (t: string) => findUnknownGroups(t, matcher.match(t)).map((c) => c.name);

describe('findUnknownGroups', () => {
  it('finds transliterated heads followed by a name', () => {
    expect(names('Rebels attacked Liwa Shuhada al-Yarmouk, and Harakat al-Muthanna al-Islamiya joined them.')).toEqual([
      'Liwa Shuhada al-Yarmouk',
      'Harakat al-Muthanna al-Islamiya',
    ]);
    expect(names('Katibat al-Bittar al-Libiya and Kataib Ibn Taymiyya, Firqat al-Sahel, Alwiyat al-Furqan, Tajammu Ansar al-Islam and Saraya al-Ashtar.')).toEqual([
      'Katibat al-Bittar al-Libiya',
      'Kataib Ibn Taymiyya',
      'Firqat al-Sahel',
      'Alwiyat al-Furqan',
      'Tajammu Ansar al-Islam',
      'Saraya al-Ashtar',
    ]);
  });

  it('finds capitalised names before English heads, and "Brigade of the ..." forms', () => {
    expect(names('The Third Legion clashed with the Mountain Hawks Brigade and the 46th Regiment near Martyrs of Idlib Brigade positions.')).toEqual([
      'Third Legion',
      'Mountain Hawks Brigade',
      '46th Regiment',
      'Martyrs of Idlib Brigade',
    ]);
    expect(names('the Brigade of the Martyrs of Jisr al-Shughur said')).toEqual(['Brigade of the Martyrs of Jisr al-Shughur']);
  });

  it('finds Arabic heads without the article, with a proclitic or not', () => {
    expect(names('وأعلن لواء شهداء القصير انضمامه، وانضمت كتيبة شهداء جسر الشغور إلى جيش العزة.')).toEqual(['لواء شهداء القصير', 'كتيبة شهداء جسر الشغور']);
  });

  it('does not take Arabic descriptions for names: a head with the article, or followed by an adjective', () => {
    // "American forces", "government forces", "a new brigade": descriptions, like "the Iraqi Army".
    expect(names('تقدمت قوات أميركية نحو التنف، وانسحبت قوات حكومية، وتشكّل لواء جديد في المنطقة.')).toEqual([]);
    // للقوات = li- + al-: the head carries the article, as in القوات المتقدمة.
    expect(names('وشن طيران التحالف غارة على رتل للقوات المتقدمة في البادية.')).toEqual([]);
    expect(names('وهاجمت القوات الخاصة مواقع بالقوات الرديفة.')).toEqual([]);
    // A real name right after the same heads is still found.
    expect(names('وأعلنت قوات شهداء الرقة انضمامها.')).toEqual(['قوات شهداء الرقة']);
  });

  it('skips known names, generic phrases, national armies and non-groups', () => {
    const t =
      'The army shelled the town. A battalion of rebels moved in; the brigade withdrew. Army of the regime troops, the Iraqi Army and the Somali National Army fought. ' +
      'The Salvation Army gave food. Brigade commanders met. The Hamza Division and Jaysh al-Islam, the Sultan Murad Brigade and the Levant Front. The Front said nothing; ' +
      'the US Army trained them. THE BRIGADE ATTACKED. الجيش قصف، ولواء في الجيش، وحركة النزوح مستمرة وجيش الاحتلال قصف وجيش الإسلام.';
    expect(names(t)).toEqual([]);
  });

  it('gives offsets into the text, a normalised key and the sentence as context', () => {
    const t = 'Fighting resumed. Later, Liwa Shuhada al-Yarmouk fighters retreated to Jamla. Nothing else happened.';
    const [c] = findUnknownGroups(t, matcher.match(t));
    expect(t.slice(c.start, c.end)).toBe(c.name);
    expect(c.normalised).toBe(normaliseForMatch('Liwa Shuhada al-Yarmouk'));
    expect(c.context).toBe('Later, Liwa Shuhada al-Yarmouk fighters retreated to Jamla.');
  });
});
