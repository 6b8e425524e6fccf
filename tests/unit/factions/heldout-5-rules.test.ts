// Gazetteer rules the fifth held-out faction set (tests/fixtures/factions 35-46, written blind) asked for.
// Each is data in resources/factions.json; each test fails without its entry.
import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';

const matcher = createMatcher(loadGazetteer());
const ids = (text: string): string[] => matcher.match(text).map((m) => m.entityId);

describe('held-out set 5 rules', () => {
  it('the ruler Nur al-Din Zengi is not the movement named after him, when the text speaks of his times', () => {
    expect(ids('The Great Mosque of Aleppo was rebuilt by Nur al-Din Zengi, the Turkic ruler who fought the Crusaders, after a fire in 1169.')).toEqual(['nur-al-din-zengi-ruler']);
    expect(ids('Fighters of Nureddin Zengi stormed a checkpoint in western Aleppo, Syria.')).toEqual(['nour-al-din-al-zenki']);
    expect(ids('The Nour al-Din al-Zenki Movement, named after the 12th-century ruler Nur al-Din Zengi, left HTS.')).toEqual(['nour-al-din-al-zenki', 'nur-al-din-zengi-ruler', 'hayat-tahrir-al-sham']);
  });

  it('"Ahrar" alone is Ahrar al-Sham, but not at the head of a longer name it does not know ("Ahrar al-Shraqiya")', () => {
    expect(ids('Ahrar fighters withdrew from the crossing in Idlib, Syria.')).toEqual(['ahrar-al-sham']);
    expect(ids('Videos appear to show fighters of Ahrar al-Shraqiya on the M4 highway in Syria.')).not.toContain('ahrar-al-sham');
  });

  it('Syrian air defences and anti-aircraft fire are the government acting', () => {
    expect(ids('Syrian air defenses shot down five of the missiles over Homs.')).toEqual(['syrian-government']);
    expect(ids('Israel lost an F-16 to Syrian anti-aircraft fire near Damascus.')).toEqual(['israel', 'syrian-government']);
  });

  it('«النظام» alone is the Syrian government in a text about Syria, but not the system of something else', () => {
    expect(ids('وقالت الحركة إن الاقتتال لا يخدم إلا النظام في إدلب')).toEqual(['syrian-government']);
    expect(ids('وأقر الحزب النظام الداخلي الجديد في اجتماعه بدمشق')).toEqual([]);
    expect(ids('وقال إن النظام لن يسمح بذلك')).toEqual([]); // nothing says the text is about Syria
  });

  it('"establishing the Islamic state" is an ideal, not the group; "subservience to Turkey" is patronage, not Turkey acting', () => {
    expect(ids('ولا يرى الحزب في العمل المسلح طريقاً لإقامة الدولة الإسلامية في سوريا')).toEqual([]);
    expect(ids('ويتهم المتظاهرون الهيئة بالارتهان لتركيا في إدلب')).not.toContain('turkey');
    expect(ids('قاتل تنظيم الدولة الإسلامية في الرقة')).toEqual(['islamic-state']);
  });

  it('a state adjective coordinated with another name shares its noun: "Russian and Syrian warplanes" is Russia acting too', () => {
    expect(ids('Meanwhile Russian and Syrian warplanes pounded eastern Aleppo.')).toEqual(['russia', 'syrian-government']);
    expect(ids('Turkish, Russian and Iranian patrols moved near Idlib, Syria.')).toEqual(['turkey', 'russia', 'iran']);
    expect(ids('Iranian and Hezbollah fighters advanced on Palmyra in Syria.')).toEqual(['iran', 'hezbollah']);
    // the shared noun must make a state form: officials are not the state acting
    expect(ids('Russian and Syrian officials met in Damascus.')).toEqual([]);
    expect(matcher.match('Russian and Syrian warplanes pounded Aleppo.').map((m) => m.surface)).toEqual(['Russian', 'Syrian warplanes']);
  });
});
