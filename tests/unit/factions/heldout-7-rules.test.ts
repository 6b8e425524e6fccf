// Rules the seventh held-out faction set (tests/fixtures/factions 59-70, written blind; half in Arabic) asked for.
import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';

const matcher = createMatcher(loadGazetteer());
const ids = (text: string): string[] => matcher.match(text).map((m) => m.entityId);

describe('held-out set 7 rules', () => {
  it('Arabic coordinated adjectives: "الطيران الحربي السوري والروسي" is both air forces', () => {
    expect(ids('وبيّن المصدر أن الطيران الحربي السوري والروسي نفّذ طلعات مكثفة في حلب')).toEqual(['syrian-government', 'russia']);
    expect(ids('قصفت الطائرات الروسية والتركية مواقع في سوريا')).toEqual(['russia', 'turkey']);
    expect(matcher.match('قصفت الطائرات الروسية والتركية مواقع في سوريا').map((m) => m.surface)).toEqual(['الطائرات الروسية', 'التركية']);
  });

  it('a state acts through its aviation, border guards and ministries, not through its officials meeting', () => {
    expect(ids('A new regime offensive, supported by Russian aviation, was expected in Idlib.')).toEqual(['syrian-government', 'russia']);
    expect(ids('Turkish border guards shot dead four civilians near Idlib.')).toEqual(['turkey']);
    expect(ids('دعت وزارة الخارجية الروسية أنقرة إلى ضبط النفس')).toEqual(['russia']);
    expect(ids('HTS leaders met Turkish officials in Idlib.')).toEqual(['hayat-tahrir-al-sham']);
    // the coalition is the US military: Washington's diplomats are not it
    expect(ids('The US foreign ministry spokesman criticised the move.')).toEqual([]);
  });

  it('a regime air strike, «المخابرات التركية», «الجيش الوطني» in a Syria text, «تابعة لإيران» as patronage', () => {
    expect(ids('Abdul Qader Saleh died of wounds suffered in a regime air strike on a meeting in Aleppo.')).toEqual(['syrian-government']);
    expect(ids('بإشراف ضباط من المخابرات التركية في إدلب')).toEqual(['turkey']);
    expect(ids('قصفت فصائل «الجيش الوطني» قرى في محيط تل رفعت بريف حلب')).toEqual(['syrian-national-army']);
    expect(ids('أعلن قائد الجيش الوطني الليبي في بنغازي')).toEqual([]);
    expect(ids('دعا إلى الانضمام إلى تشكيلات تابعة لإيران في حلب')).toEqual([]);
  });
});

describe('held-out set 8 rules', () => {
  it('reads both Arabic spellings of Syria in a name, and al-Qaeda in Iraq by its own name', () => {
    expect(ids('تواصل «قوات سورية الديمقراطية» معاركها ضد داعش في الرقة')).toEqual(['sdf', 'islamic-state']);
    expect(ids('تواصل «قوات سوريا الديمقراطية» معاركها في الرقة')).toEqual(['sdf']);
    expect(ids('وأطلق على جماعته اسم «تنظيم قاعدة الجهاد في بلاد الرافدين»')).toEqual(['al-qaeda-in-iraq']);
  });
});
