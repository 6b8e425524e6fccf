// One-off converter: ../shared/design/factions-facts.md (YAML fact sheet) + hand curation below
// -> resources/factions.json. The committed JSON is the product; re-run only to regenerate it:
//   npx tsx scripts/build-gazetteer.ts [path/to/factions-facts.md]
//   npx tsx scripts/build-gazetteer.ts --check   (exit 1 if resources/factions.json is not what it generates)
// Curation rules applied to the fact sheet:
//  - kinds: state-actor -> state-force, person-leader -> person; monitor/other (SOHR, White Helmets) dropped.
//  - blocs: from the fact sheet section, with per-entry overrides.
//  - aliases: en + translit kept; an alias whose parenthetical says it is ambiguous/metonym/collective/... is
//    dropped, other parentheticals are stripped; "the ..." forms are dropped (too generic); informal forms
//    are kept only if listed in KEEP_INFORMAL.
//  - risky acronyms dropped (DROP_ACRONYMS); hyphenated acronyms become aliases.
//  - ext: lineage targets dropped; a few ext: entities are profiled in EXTRA_ENTRIES instead.
//  - an alias claimed by two entries stays with the first and is dropped (and reported) from the second.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expandPattern, matchKey } from '../src/main/core/factions/normalise';
import { parseGazetteer } from '../src/main/core/factions/loader';
import type { GazetteerEntry } from '../src/main/core/factions/types';
import type { ContextualRule, GazetteerFile } from '../src/main/core/factions/schema';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const factsPath = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(root, '../shared/design/factions-facts.md');
const outPath = path.join(root, 'resources/factions.json');

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SECTION_BLOC: [RegExp, GazetteerEntry['bloc']][] = [
  [/Jihadist/, 'jihadist'],
  [/Islamist/, 'islamist'],
  [/FSA-branded/, 'rebel'],
  [/Turkish-backed/, 'turkish-backed'],
  [/Coalitions/, 'rebel'],
  [/Kurdish/, 'kurdish-led'],
  [/Regime/, 'pro-government'],
  [/Foreign/, 'foreign-state'],
  [/Governance/, 'governance'],
  [/Person/, 'other'],
];

const BLOC_OVERRIDE: Record<string, GazetteerEntry['bloc']> = {
  'hayat-tahrir-al-sham': 'jihadist',
  'jaysh-al-fatah': 'jihadist',
  'islamic-front': 'islamist',
  'military-operations-command': 'islamist',
  'syrian-liberation-front': 'islamist',
  'national-liberation-front': 'turkish-backed',
  'fatah-halab': 'rebel',
  sdf: 'kurdish-led',
  'syrian-government': 'government',
  irgc: 'pro-government',
  russia: 'foreign-state',
  'abu-muhammad-al-julani': 'jihadist',
  'bashar-al-assad': 'government',
  'abu-bakr-al-baghdadi': 'jihadist',
  'mazloum-abdi': 'kurdish-led',
  'zahran-alloush': 'islamist',
  'jaysh-al-thuwar': 'kurdish-led',
};

/** Canonical display names (the expectations' names where they exist). */
const NAME_OVERRIDE: Record<string, string> = {
  'al-nusra-front': 'Jabhat al-Nusra',
  // The usual English name in reporting; "National Front for Liberation" stays an alias.
  'national-liberation-front': 'National Liberation Front',
  'islamic-state': 'Islamic State',
  'syrian-government': 'Syrian government forces',
  russia: 'Russia',
  turkey: 'Turkey',
  'us-led-coalition': 'US-led coalition',
  'jaysh-al-islam': 'Jaysh al-Islam',
  'jaysh-al-mujahideen': 'Jaysh al-Mujahideen',
  'jaysh-al-fatah': 'Jaysh al-Fatah',
  'tiger-forces': 'Tiger Forces (25th Division)',
  hezbollah: 'Hezbollah',
  irgc: 'Islamic Revolutionary Guard Corps',
  'syrian-national-coalition': 'Syrian National Coalition',
  'syrian-transitional-government': 'Syrian transitional government (post-Assad)',
  'abu-muhammad-al-julani': 'Ahmed al-Sharaa (Abu Mohammad al-Julani)',
  'nour-al-din-al-zenki': 'Nour al-Din al-Zenki Movement',
  'revolutionary-commando-army': 'Revolutionary Commando Army (Syrian Free Army)',
  'sdf': 'Syrian Democratic Forces',
  ypg: "People's Protection Units (YPG)",
  ypj: "Women's Protection Units (YPJ)",
  pyd: 'Democratic Union Party (PYD)',
  aanes: 'Autonomous Administration of North and East Syria',
  'liwa-al-fatemiyoun': 'Liwa Fatemiyoun',
};

const DROP_IDS = new Set(['sohr', 'white-helmets']);
const DROP_PAREN = /ambiguous|metonym|vague|collective|critics|pejorative|imprecise|proxies|still used|precursor|PMC|NB|loose|mistranslation|usage|rump/i;
const DROP_ALIASES = new Set(
  [
    'former Nusra Front', 'al-Qaeda in Syria@hurras-al-din', 'National Army', 'Turkish-backed rebels', 'Turkey-backed factions',
    'Conquest of Aleppo', 'Aleppo Conquest', 'Kurdish militia', 'Islamic Resistance', 'Iranian advisers', 'North and East Syria',
    'Syrian Ministry of Defense', 'Syrian army', 'regime forces', 'Assad forces', 'government troops', 'government forces',
    'pro-government forces', 'loyalists', 'Kurdish-led forces', 'Islam Army', 'Free Syria Army', 'Sepah', 'Hazem',
    'Mujahideen Army', 'Sham Front', 'transitional authorities', 'Damascus authorities', 'Self-Administration', 'al-Nizam',
    'al-Badri', 'Abu Du\'a', 'Division 25', 'Homs Legion', 'Syrian Revolutionary Front',
  ].map((s) => s.toLowerCase()),
);
const KEEP_INFORMAL = new Set(
  [
    'Nusra', 'al-Nusra', 'Fateh al-Sham', 'Tahrir al-Sham', 'Hurras', 'Suqour', 'Zenki', 'Zinki', 'al-Zinki', 'Fastaqim',
    'Hamzat', 'Amshat', 'Turkistanis', 'Difa\' Watani', 'Jolani', 'Golani', 'Sharaa', 'Baghdadi', 'Mazloum', 'Etilaf',
    'Assad\'s army', 'Azaz government',
  ].map((s) => s.toLowerCase()),
);
const DROP_ACRONYMS = new Set(['IS', 'IF', 'MIT', 'SAR', 'LH', 'NES', 'NSA', 'MOC', 'SNC', 'SOC', 'NFL', 'FNL', 'TAF', 'Daesh', 'AQI', 'TFSA@free-syrian-army', 'SFA@free-syrian-army']);
const REL_MAP: Record<string, string> = { rejoined: 'merged-into' };

/** Hand-curated additions to fact-sheet entries. */
const PATCH: Record<string, Partial<Pick<GazetteerEntry, 'aliases' | 'acronyms' | 'misspellings' | 'arabic' | 'contextual' | 'notes'>>> = {
  'al-nusra-front': { aliases: ['Jabhat al-Nusra li-Ahl ash-Sham', 'Jabhat al-Nasra', 'al-Nosra Front', 'Nusra Front fighters'], misspellings: ['Jabhat al-Nursa', 'Nursa Front'] },
  'jabhat-fateh-al-sham': { aliases: ['Jabhat Fath ash-Sham', 'Jabhat Fatah al-Sham', 'Jabhet Fath al-Sham', 'Fatah al-Sham', 'Fath al-Sham'] },
  'islamic-state': {
    // (the lower-case forms: tweets and quoted speech write the name so; the matcher takes a lower-case word only
    // where the gazetteer writes it in lower case, and these are no English words)
    aliases: ['État islamique', 'Etat islamique', 'Estado Islámico', 'Daesh', "Da'esh", 'Daish', "Da'ish", 'daesh', 'daish', 'Islamic State (of|in) Iraq and (the Levant|Syria|al-Sham|ash-Sham)', 'Islamic State group', 'ISIS group', 'ISIL group', 'Islamic State militants', 'Islamic State organisation', 'Islamic State organization'],
    acronyms: ['DAESH', 'ISIL', 'ISIS'],
    contextual: [
      { phrases: ['IS'], anchors: ['@self', '$jihad'], caseSensitive: true },
      // the British papers' house styles, "Isis" (the Guardian) and "Isil" (the Telegraph)
      { phrases: ['Isis', 'Isil'], anchors: ['$jihad'], caseSensitive: true },
    ],
    notes: ['"IS" counts only when the text also names the Islamic State another way or is about Syria/Iraq (anchor set "jihad"), and the words around it are not in capitals ("WHAT IS NEXT"); the Guardian\'s "Isis" only in texts about Syria/Iraq (not the goddess).'],
  },
  'al-qaeda': { aliases: ['al-Qaida', 'al Qaida', "al-Qa'ida", 'Qaida', 'al-Qaeda central', 'al-Qaeda (core|leadership|general command)'], misspellings: ['al-Quaeda', 'al-Qaieda', 'al-Queda'] },
  'ahrar-al-sham': {
    misspellings: ['Ahrah al-Sham', 'Ahrar al-Shams', 'Ahrar al-Shem'],
    // "Ahrar" alone is Ahrar al-Sham, but at the head of a longer name the gazetteer lacks or that is misspelt
    // ("Ahrar al-Shraqiya", "Ahrar al-Furat", "Ahrar Souriya") it is that other group's
    contextual: [{ phrases: ['Ahrar'], anchors: ['@self', '@*', '$syria'], caseSensitive: true, notFollowedBy: ['al', 'el', '@Capitalised'] }],
  },
  'jaysh-al-islam': { aliases: ['Jaysh al-Islam', 'Jaish al-Islam'], misspellings: ['Jaish al-Islan'] },
  'jaysh-al-fatah': { aliases: ['Jaish al-Fath', 'Jaysh al-Fath', 'Jeish al-Fath', 'Army of Conquest'] },
  'fastaqim-union': { aliases: ['Fastaqeem Union', 'Fastaqeem', 'Fastaqim Kama Umirt', 'Fastaqim Kama Amert'] },
  'levant-front': { aliases: ['al-Jabhat al-Shamiye', 'al-Jabha al-Shamiyya'] },
  'free-idlib-army': { aliases: ['Free Army of Idlib', 'Idlib Free Army'] },
  'free-syrian-army': { aliases: ['Free Syrian Army', 'Free Army', 'Özgür Suriye Ordusu', 'Armée syrienne libre', 'Ejército Libre Sirio'] },
  'us-led-coalition': {
    aliases: ['(US|U.S.|United States) Central Command', '(US|U.S.|American|United States|Washington)-led coalition', '(anti-ISIS|anti-IS|anti-ISIL|anti-Daesh) coalition', 'international coalition', 'Global Coalition', 'coalition (warplanes|jets|aircraft|air strikes|airstrikes|forces|troops|advisers|advisors|drones|drone strikes|air support|special forces)', 'United States (forces|troops|military|armed forces|warplanes|aircraft|air strikes|airstrikes|special forces|Air Force|Navy|Army)'],
    // (in lower case, as most English texts write it: "the international coalition against ISIS", "coalition
    // advisers"; the matcher takes an all-lower-case name only through a rule with its context)
    contextual: [{ phrases: ['international coalition', 'coalition (warplanes|jets|aircraft|air strikes|airstrikes|forces|troops|advisers|advisors|drones|drone strikes|air support|special forces)'], anchors: ['$jihad', '@self'] }],
  },
  russia: {
    aliases: ['Russia', 'Russian Aerospace Forces', 'Russian Federation'],
    arabic: ['روسيا'],
  },
  turkey: {
    aliases: ['Turkey', 'Türkiye', 'Turkiye'],
    arabic: ['(قوات|جيش) الاحتلال التركي'],
  },
  'syrian-government': {
    aliases: ['Syrian government', "Syria's government", 'Syrian regime', "Syria's regime", 'Assad regime', 'Assad government', 'Syrian government (forces|troops|soldiers)', 'Government of Syria', 'Syrian Arab Republic government', 'Assadists', 'Baathist Syria', 'Damascus government'],
    acronyms: ['GoS', 'SARG'],
    contextual: [
      {
        phrases: [
          'the regime',
          '[the] (Syrian|Assad|former|bygone|ousted|fallen|toppled|previous|old|Baathist|deposed|collapsed|defunct) regime',
          '[the] (Syrian|Assad|former|bygone|ousted|fallen|toppled|previous|old|Baathist|deposed|collapsed|defunct) regime war machine',
          '[the] [pro-]regime (forces|troops|army|soldiers|militias|warplanes|aircraft|jets|artillery|helicopters|fighters|offensive|positions|war machine|air strike|air strikes|airstrike|airstrikes|shelling|bombardment|barrel bombs)',
          '(forces|troops|army|soldiers) of the [Syrian|Assad] regime',
          '[the] Syrian (army|armed forces|troops|soldiers|military|air force|warplanes|jets|helicopters|artillery|tanks|air defences|air defenses|air defence|air defense|anti-aircraft fire|anti-aircraft guns)',
          '[pro-]government (forces|troops|soldiers|militias|army|warplanes|aircraft|jets|fighters|offensive)',
          'governmental (army|forces|troops)',
          '[the] former [Syrian] government',
          '[Bashar] [al-]Assad (government|regime|forces|troops|army|military|soldiers|loyalists|militias|war machine)',
          'President [Bashar] [al-]Assad (government|regime|forces|troops|army)',
          'pro-Assad (forces|troops|militias|fighters)',
          'the government of [President] [Bashar] [al-]Assad',
          '[the] (army|forces|troops|soldiers|militias) of [President] [Bashar] [al-]Assad',
          '(قوات|جيش|طيران|ميليشيات|مليشيات|عناصر|مدفعية|حواجز) النظام',
          // the opposition's names for the army by its ruler: «قوات الأسد», «ميليشيا أسد», «طيران الأسد»
          '(قوات|جيش|طيران|ميليشيا|ميليشيات|مليشيا|مليشيات|عناصر|مدفعية|حواجز|شبيحة|عصابات) [بشار] (الأسد|أسد)',
          '[قوات|وحدات] الجيش السوري',
          '[قوات|وحدات] الجيش النظامي',
          '(مناطق|مناطق سيطرة) النظام',
          // the Syrian state's own forces by their adjective, as in English "Syrian warplanes"
          '(الطيران|الطيران الحربي|سلاح الجو|الطائرات الحربية|المروحيات|المدفعية|الدفاعات الجوية) (السوري|السورية)',
          // «القوات الحكومية»: "government forces", as Arabic services write it
          '(القوات|قوات) الحكومية [السورية]',
          // «قوات حكومة دمشق», as Kurdish outlets name the government and its forces
          '[قوات|جيش] حكومة دمشق',
        ],
        anchors: ['$syria'],
      },
      // «النظام» alone, as Syrian writers use it; not «النظام الداخلي», «النظام المصري» (a describing adjective follows)
      { phrases: ['النظام', 'والنظام', 'للنظام'], anchors: ['$syria'], caseSensitive: true, notFollowedBy: ['$not-anaphor-ar'] },
    ],
    notes: ['Descriptive forms ("the regime", "Syrian army", "government forces") count only in texts about Syria (anchor set "syria": Syria, Assad, Damascus, Syrian cities and regions). No date gate: after 2024-12-08 "the Syrian government" means the transitional government, which this engine cannot tell from the text alone.'],
  },
  // Merged into syrian-government below (ARMY_OF_STATE); these names travel with it.
  'syrian-arab-army': { aliases: ['Syrian Arab Army', 'Syrian Arab Armed Forces', 'Syrian Arab Air Force'] },
  'syrian-salvation-government': { aliases: ['National Salvation Government', 'Salvation Government'], acronyms: ['SSG'] },
  'abu-muhammad-al-julani': { aliases: ['Abu Mohammed al-Julani', 'Abu Mohammad al-Golani', 'Abu Muhammad al-Golani', 'Abu Mohammad al-Jawlani', 'Ahmed Hussein al-Shara', 'President Ahmed al-Sharaa', 'Jolani', 'Julani', 'Golani', 'Jawlani', 'al-Sharaa'] },
  'bashar-al-assad': { aliases: ['President Bashar al-Assad', 'Bashar el-Assad', 'Assad'] },
  // («حالش», the opposition's acronym of «حزب الله اللبناني الشيعي», and «الحزب اللبناني», "the Lebanese party", as
  // Syrian outlets name it)
  hezbollah: { aliases: ['Hizb Allah', 'Lebanese Hizbullah'], arabic: ['حزب الله اللبناني', 'حالش', 'الحزب اللبناني'] },
  '4th-armoured-division': { aliases: ['4th Div'] },
  irgc: { aliases: ["(Iran's|Iranian) (Revolutionary Guard|Revolutionary Guards|Revolutionary Guard Corps|Quds Force)", 'Revolutionary Guard Corps', 'IRGC Quds Force'], arabic: ['الحرس الثوري', 'فيلق القدس الإيراني'] },
  'military-operations-command': { arabic: ['إدارة العمليات العسكرية', 'غرفة عمليات الفتح المبين', 'الفتح المبين'] },
  'sultan-suleiman-shah-division': { aliases: ['Sulayman Shah Division', 'Suleyman Shah Division', 'Sulaiman Shah Division', 'Sultan Sulayman Shah Division'] },
  // «الدفاع الوطني» alone is also any state's "national defence" (وزارة الدفاع الوطني): the militia when the words
  // around it say so
  'national-defence-forces': {
    aliases: ['National Defence Force', 'National Defense Force'],
    contextual: [{ phrases: ['الدفاع الوطني'], anchors: ['ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'عناصر', 'مقاتلي', 'مقاتلو', 'مسلحي', 'النظام', 'الموالية'], window: 40 }],
  },
  // «هتش»: its opponents' acronym for it, in Arabic
  'hayat-tahrir-al-sham': { arabic: ['هتش'], aliases: ["Hay'et Tahrir ash-Sham", 'Tahrir al-Sham Committee', 'Hayat Tahrir al-Sham group', 'Heyet Tahrir el-Şam', 'Hayat Tahrir al-Cham'], acronyms: ['HTŞ'], misspellings: ['Hayat Tahreer al-Sham', 'Hayat Tahrir al-Shams'] },
  sdf: {
    aliases: ['Syrian Democratic Forces', 'US-backed Syrian Democratic Forces', 'Kurdish-led Syrian Democratic Forces', 'Kurdish-led SDF', 'Hêzên Sûriya Demokratîk', 'Suriye Demokratik Güçleri', 'Forces démocratiques syriennes'],
    misspellings: ['Syrian Democractic Forces', 'Syrian Democatic Forces'],
  },
  // (Turkish outlets' Arabic services spell the acronyms out as the letters sound: «ي ب ك/ بي كا كا», «ب ي د»; the
  // PKK's forms are in its entry below)
  ypg: { aliases: ['Yekîneyên Parastina Gel'], arabic: ['ي ب ك', 'واي بي جي'] },
  ypj: { aliases: ['Yekîneyên Parastina Jin'] },
  pyd: { aliases: ['Partiya Yekîtiya Demokrat'], arabic: ['ب ي د', 'بي يي دي'] },
  // «الجيش الوطني» alone, as Syrian outlets call the SNA; not «الجيش الوطني الليبي» or another country's
  'syrian-national-army': { aliases: ['Suriye Milli Ordusu'], contextual: [{ phrases: ['الجيش الوطني'], anchors: ['$syria'], caseSensitive: true, notFollowedBy: ['$not-anaphor-ar'] }] },
  // «الحكومة المؤقتة» alone, as Syrian opposition outlets name it, in a text about Syria
  'syrian-interim-government': { contextual: [{ phrases: ['الحكومة المؤقتة'], anchors: ['$syria'] }] },
  // (Turkish outlets write the name as Turkish spells it, also in English)
  'sultan-murad-division': { aliases: ['Sultan Murat Tümeni', 'Sultan Murat Division', 'Sultan Murat Brigade'], arabic: ['السلطان مراد'] },
  // the nickname the division goes by, «الحمزات» (as «العمشات» is the Suleiman Shah Division's)
  'hamza-division': { arabic: ['الحمزات', 'فرقة الحمزات'] },
  'kurdish-national-council': { aliases: ['Encûmena Niştimanî ya Kurdî li Sûriyê'] },
  'liwa-al-fatemiyoun': { arabic: ['لشکر فاطمیون'], aliases: ['Fatemiyoun', 'Fatemiyun', 'Fatimiyoun'] },
  // the movement by its short name, as Syrian outlets and tweets write it; the 12th-century ruler is «نور الدين [محمود] زنكي»
  // (and the Turkish spellings of the movement's name: the longer name wins over the ruler it is named after)
  'nour-al-din-al-zenki': { arabic: ['الزنكي'], aliases: ['zenki', 'Nureddin Zengi Movement', 'Nurettin Zengi Movement', 'Nureddin Zengi Brigades', 'Nurettin Zengi Brigades'] },
  // "the Autonomous Administration" alone, as the wires name it, in a text about Syria
  aanes: {
    aliases: ['Rêveberiya Xweser a Bakur û Rojhilatê Sûriyeyê', 'Kuzey ve Doğu Suriye Özerk Yönetimi'],
    contextual: [
      { phrases: ['Autonomous Administration'], anchors: ['$syria'], caseSensitive: true },
      // (in lower case, often quoted by outlets that reject it: the "so-called 'autonomous administration'" of the
      // Kurdish-led north-east, named with its forces)
      { phrases: ['autonomous administration'], anchors: ['@sdf', '@ypg', '@pyd', '@pkk', 'Rojava', 'northeast Syria', 'north-east Syria', 'northeastern Syria', 'north-eastern Syria'] },
    ],
  },
  // «الحزب التركستاني», as Syrian outlets shorten it
  'turkistan-islamic-party': { aliases: ['Turkistani Islamic Party', 'Turkestani Islamic Party'], arabic: ['الحزب التركستاني'] },
  // its first name, "Tajammu al-Izza", as English outlets transliterated it
  'jaysh-al-izza': { aliases: ['Tajamu al-Izza', 'Tajamu Alezzah', 'Tajammu Alezzah', 'Tajamu al-Izzah'] },
  'jund-al-aqsa': { misspellings: ['Jund al-Aqsaa'] },
  'national-liberation-front': { aliases: ['National Front for Liberation', 'National Liberation Front'] },
  'islamic-front': { aliases: ['Islamic Front', 'al-Jabhat al-Islamiyah'] },
};

/** Entities the fact sheet mentions only as ext: ids or not at all. */
const EXTRA_ENTRIES: GazetteerEntry[] = [
  ent('islamic-state-of-iraq', 'Islamic State of Iraq', 'faction', 'jihadist', { arabic: ['دولة العراق الإسلامية'], aliases: ['Islamic State of Iraq', 'Islamic State in Iraq'], active: ['2006-10', '2013-04-08'], lineage: [['renamed-to', 'islamic-state', '2013-04-08'], ['evolved-from', 'al-qaeda-in-iraq', '2006-10']], notes: ['IS predecessor; "ISI" acronym left out (Pakistani ISI).'] }),
  ent('al-qaeda-in-iraq', 'al-Qaeda in Iraq', 'faction', 'jihadist', { arabic: ['تنظيم القاعدة في بلاد الرافدين', '[تنظيم] قاعدة الجهاد في بلاد الرافدين'], aliases: ['al-Qaeda in Iraq', 'al-Qaida in Iraq', 'al-Qaeda in Mesopotamia', "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn"], acronyms: ['AQI'], active: ['2004-10', '2006-10'], lineage: [['evolved-into', 'islamic-state-of-iraq', '2006-10'], ['member-of', 'al-qaeda', '2004-10']] }),
  ent('jaysh-al-ahrar', 'Jaysh al-Ahrar', 'faction', 'jihadist', { arabic: ['جيش الأحرار'], aliases: ['Jaysh al-Ahrar', 'Jaish al-Ahrar', 'Army of the Free'], active: ['2016-12', '2017-01-28'], lineage: [['split-from', 'ahrar-al-sham', '2016-12'], ['merged-into', 'hayat-tahrir-al-sham', '2017-01-28']], notes: ['Hardline Ahrar al-Sham wing under Abu Jaber; not Ahrar al-Sham itself.'] }),
  ent('jabhat-ansar-al-din', 'Jabhat Ansar al-Din', 'faction', 'jihadist', { arabic: ['جبهة أنصار الدين'], aliases: ['Jabhat Ansar al-Din', 'Ansar al-Din Front', 'Jabhat Ansar al-Deen'], active: ['2014-07', '2017-01-28'], lineage: [['merged-into', 'hayat-tahrir-al-sham', '2017-01-28']], confidence: 'medium' }),
  ent('liwa-al-aqsa', 'Liwa al-Aqsa', 'faction', 'jihadist', { arabic: ['لواء الأقصى'], aliases: ['Liwa al-Aqsa', 'Aqsa Brigade'], active: ['2017-02-07', '2017-02-22'], lineage: [['split-from', 'jund-al-aqsa', '2017-02-07']], notes: ['Jund al-Aqsa rump; left for IS-held Raqqa.'] }),
  ent('jaish-al-muhajireen-wal-ansar', 'Jaish al-Muhajireen wal-Ansar', 'faction', 'jihadist', { arabic: ['جيش المهاجرين والأنصار'], aliases: ['Jaish al-Muhajireen wal-Ansar', 'Jaysh al-Muhajirin wal-Ansar', 'Army of Emigrants and Supporters', 'Army of Emigrants and Helpers'], acronyms: ['JMA'], active: ['2013-03', null], lineage: [], confidence: 'medium' }),
  ent('jaysh-al-nasr', 'Jaysh al-Nasr', 'faction', 'rebel', { arabic: ['جيش النصر'], aliases: ['Jaysh al-Nasr', 'Jaish al-Nasr', 'Army of Victory', 'Victory Army'], active: ['2015-08', '2019-10'], lineage: [['member-of', 'national-liberation-front', '2018-05-28']], confidence: 'medium', notes: ['Hama FSA group; not Nusra (Nasr ≠ Nusra).'] }),
  ent('faylaq-al-rahman', 'Faylaq al-Rahman', 'faction', 'islamist', { arabic: ['فيلق الرحمن'], aliases: ['Faylaq al-Rahman', 'Failaq al-Rahman', 'al-Rahman Legion', 'Rahman Corps', 'Legion of the Merciful'], active: ['2013-11', '2018-03'], lineage: [], confidence: 'medium', notes: ['Eastern Ghouta FSA-branded group.'] }),
  ent('syrian-national-council', 'Syrian National Council', 'governance', 'governance', { arabic: ['المجلس الوطني السوري'], aliases: ['Syrian National Council'], active: ['2011-10-02', null], lineage: [['absorbed-by', 'syrian-national-coalition', '2012-11']], notes: ['Not the Syrian National Coalition (2012); "SNC" is left out because both bodies use it.'] }),
  ent('syrian-democratic-council', 'Syrian Democratic Council', 'governance', 'kurdish-led', { arabic: ['مجلس سوريا الديمقراطية'], aliases: ['Syrian Democratic Council', 'Syrian Democratic Assembly', 'Democratic Syria Assembly'], acronyms: ['SDC', 'MSD'], active: ['2015-12-10', null], lineage: [], confidence: 'medium', notes: ['Political wing of the SDF; legislature of the AANES.'] }),
  ent('pkk', "Kurdistan Workers' Party", 'faction', 'kurdish-led', { arabic: ['حزب العمال الكردستاني', 'حزب العمال الكوردستاني', 'بي كا كا', 'بي كي كي'], aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'Partiya Karkerên Kurdistanê'], acronyms: ['PKK'], active: ['1978-11-27', '2025-05-12'], lineage: [], notes: ['Turkish sources fuse PKK/YPG/PYD; kept distinct.'] }),
  ent('asayish', 'Asayish (Kurdish-led internal security)', 'faction', 'kurdish-led', { arabic: ['الأسايش', 'قوى الأمن الداخلي'], aliases: ['Asayish', 'Asayîş', 'Asayesh', 'Internal Security Forces of North and East Syria'], active: ['2012-07', null], lineage: [], confidence: 'medium' }),
  ent('wagner-group', 'Wagner Group', 'faction', 'pro-government', { arabic: ['فاغنر', 'مجموعة فاغنر'], aliases: ['Wagner Group', 'Wagner PMC', 'PMC Wagner', 'Wagner mercenaries', 'Wagner contractors', 'Wagner'], active: ['2015-09', '2023-08'], lineage: [], confidence: 'medium', notes: ['Russian private military company; "Wagner" alone may be the composer.'] }),
  ent('israel', 'Israel (military)', 'state-force', 'foreign-state', { arabic: ['إسرائيل', '(جيش|قوات) الاحتلال الإسرائيلي', 'الكيان الصهيوني', 'العدو الصهيوني', 'العدو الإسرائيلي'], aliases: ['Israel', 'Israel Defense Forces', 'Israel Defence Forces', 'Zionist regime', 'Zionist entity', '(regime|government) in Tel Aviv'], acronyms: ['IDF'], active: ['1948-05-14', null], lineage: [], notes: ['Active dates are those of the state (the IDF was formed 1948-05-26) [k].', 'Air strikes on Iranian and Hezbollah targets from 2013; ground incursions into the south from Dec 2024.'] }),
  ent('iran', 'Iran (military)', 'state-force', 'foreign-state', { arabic: ['إيران'], aliases: ['Iran', 'Islamic Republic of Iran'], active: ['2011', '2024-12'], lineage: [], notes: ['The IRGC and its Quds Force are a separate entry.'] }),
  ent('kataib-hezbollah', "Kata'ib Hezbollah", 'faction', 'pro-government', { arabic: ['كتائب حزب الله'], aliases: ["Kata'ib Hezbollah", 'Kataib Hezbollah', "Kata'ib Hizballah", 'Kataib Hizbullah', 'Hezbollah Brigades'], active: ['2007', null], lineage: [], notes: ['Iraqi militia; not Lebanese Hezbollah.'] }),
  ent('harakat-al-nujaba', 'Harakat Hezbollah al-Nujaba', 'faction', 'pro-government', { arabic: ['حركة حزب الله النجباء', 'حركة النجباء'], aliases: ['Harakat Hezbollah al-Nujaba', 'Harakat al-Nujaba', 'al-Nujaba Movement', 'Nujaba Movement'], active: ['2013', null], lineage: [], confidence: 'medium' }),
  ent('liwa-zainebiyoun', 'Liwa Zainebiyoun', 'faction', 'pro-government', { arabic: ['لواء زينبيون', 'زينبيون', 'الزينبيون'], aliases: ['Liwa Zainebiyoun', 'Zainebiyoun Brigade', 'Liwa Zaynabiyun', 'Zeinabiyoun Brigade', 'Zainabiyoun', 'Zainebiyoun', 'Zeinabiyoun', 'Zaynabiyoun', 'Zainabiyun', 'Zaynabiyun', 'Zeynabiyoun'], active: ['2014', '2024-12'], lineage: [['member-of', 'irgc', '2014']], confidence: 'medium', notes: ['Pakistani Shia militia under IRGC command.'] }),
  ent('liwa-al-quds', 'Liwa al-Quds', 'faction', 'pro-government', { arabic: ['لواء القدس'], aliases: ['Liwa al-Quds', 'Quds Brigade', 'al-Quds Brigade'], active: ['2013', '2024-12'], lineage: [], confidence: 'medium', notes: ['Palestinian pro-government militia in Aleppo; not the IRGC Quds Force.'] }),
  ent('desert-hawks-brigade', 'Desert Hawks Brigade', 'faction', 'pro-government', { arabic: ['صقور الصحراء'], aliases: ['Desert Hawks Brigade', 'Desert Falcons', 'Suqour al-Sahra', 'Suqour al-Sahara', 'Suqur al-Sahraa', 'Desert Hawks'], active: ['2013', '2017-08'], lineage: [], confidence: 'medium' }),
  ent('5th-corps', '5th Assault Corps', 'faction', 'pro-government', { arabic: ['الفيلق الخامس'], aliases: ['5th Assault Corps', 'Fifth Assault Corps', '5th Corps', 'Fifth Corps', 'al-Faylaq al-Khamis', '5th Legion', 'Fifth Legion'], active: ['2016-11', '2024-12'], lineage: [['member-of', 'syrian-arab-army', '2016-11']], confidence: 'medium', notes: ['Russian-backed; absorbed reconciled rebels (Daraa 8th Brigade).'] }),
  ent('republican-guard', 'Republican Guard (Syria)', 'faction', 'government', { arabic: ['الحرس الجمهوري'], aliases: ['Syrian Republican Guard', 'Republican Guard'], active: ['1976', '2024-12'], lineage: [['member-of', 'syrian-arab-army', '1976']], confidence: 'medium' }),
  // People.
  person('hafez-al-assad', 'Hafez al-Assad', 'government', ['حافظ الأسد'], ['Hafez al-Assad', 'Hafez Assad', 'Hafiz al-Asad', 'Hafez al-Asad'], [['syrian-government', 'president', '1971', '2000-06-10']]),
  person('maher-al-assad', 'Maher al-Assad', 'pro-government', ['ماهر الأسد'], ['Maher al-Assad', 'Maher Assad', 'Maher al-Asad'], [['4th-armoured-division', 'commander', null, '2024-12']]),
  person('asma-al-assad', 'Asma al-Assad', 'government', ['أسماء الأسد'], ['Asma al-Assad', 'Asma Assad'], [['syrian-government', 'first lady', '2000-12', '2024-12-08']]),
  person('farouk-al-sharaa', 'Farouk al-Sharaa', 'government', ['فاروق الشرع'], ['Farouk al-Sharaa', 'Farouq al-Sharaa', "Farouk al-Shara'", 'Faruq al-Shara'], [['syrian-government', 'foreign minister, then vice-president', '1984', '2014']]),
  person('ayman-al-zawahiri', 'Ayman al-Zawahiri', 'jihadist', ['أيمن الظواهري'], ['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'Zawahiri', 'Zawahri'], [['al-qaeda', 'emir', '2011-06-16', '2022-07-31']]),
  person('abu-muhammad-al-adnani', 'Abu Muhammad al-Adnani', 'jihadist', ['أبو محمد العدناني'], ['Abu Muhammad al-Adnani', 'Abu Mohammad al-Adnani', 'al-Adnani'], [['islamic-state', 'spokesman', '2011', '2016-08-30']]),
  person('abu-omar-al-baghdadi', 'Abu Omar al-Baghdadi', 'jihadist', ['أبو عمر البغدادي'], ['Abu Omar al-Baghdadi', 'Abu Umar al-Baghdadi'], [['islamic-state-of-iraq', 'emir', '2006-10', '2010-04-18']]),
  person('hassan-nasrallah', 'Hassan Nasrallah', 'pro-government', ['حسن نصر الله'], ['Hassan Nasrallah', 'Hasan Nasrallah', 'Sayyed Hassan Nasrallah', 'Nasrallah'], [['hezbollah', 'secretary-general', '1992', '2024-09-27']]),
  person('qassem-soleimani', 'Qassem Soleimani', 'pro-government', ['قاسم سليماني'], ['Qassem Soleimani', 'Qasem Soleimani', 'Ghassem Soleimani', 'Qassim Suleimani', 'Soleimani'], [['irgc', 'Quds Force commander', '1998', '2020-01-03']]),
  person('suheil-al-hassan', 'Suheil al-Hassan', 'pro-government', ['سهيل الحسن'], ['Suheil al-Hassan', 'Suhail al-Hassan', 'Suhail al-Hasan', 'Suheil al-Hasan'], [['tiger-forces', 'commander', '2013', '2024-04']]),
  person('abu-jaber-al-sheikh', 'Abu Jaber al-Sheikh (Hashim al-Sheikh)', 'jihadist', ['أبو جابر الشيخ', 'هاشم الشيخ'], ['Abu Jaber al-Sheikh', 'Abu Jaber Shaykh', 'Hashim al-Sheikh', 'Hashem al-Sheikh'], [['ahrar-al-sham', 'general leader', '2014-09', '2015-09'], ['hayat-tahrir-al-sham', 'general leader', '2017-01-28', '2017-10-01']]),
  person('hassan-aboud', 'Hassan Aboud', 'islamist', ['حسان عبود'], ['Hassan Aboud', 'Hassan Abboud', 'Abu Abdullah al-Hamawi'], [['ahrar-al-sham', 'leader', '2011', '2014-09-09']]),
  person('mohammed-al-bashir', 'Mohammed al-Bashir', 'governance', ['محمد البشير'], ['Mohammed al-Bashir', 'Mohammad al-Bashir', 'Muhammad al-Bashir'], [['syrian-salvation-government', 'prime minister', '2024-01', '2024-12'], ['syrian-transitional-government', 'caretaker prime minister', '2024-12-10', '2025-03-29']]),
  person('murhaf-abu-qasra', 'Murhaf Abu Qasra', 'islamist', ['مرهف أبو قصرة'], ['Murhaf Abu Qasra', 'Marhaf Abu Qasra', 'Abu Hassan 600'], [['hayat-tahrir-al-sham', 'military commander', null, '2025-01-29'], ['syrian-transitional-government', 'defence minister', '2024-12', null]]),
  person('issam-buwaydani', 'Issam al-Buwaydani', 'islamist', ['عصام البويضاني'], ['Issam al-Buwaydani', 'Essam al-Buwaydani', 'Abu Hammam al-Buwaydani', 'Abu Hamam al-Buwaydani'], [['jaysh-al-islam', 'commander', '2015-12', null]]),
  person('vladimir-putin', 'Vladimir Putin', 'foreign-state', ['فلاديمير بوتين', 'بوتين'], ['Vladimir Putin', 'Putin'], [['russia', 'president', '2000-05-07', null]], ['Affiliation start is his first inauguration (2000-05-07); prime minister 2008-2012 [k].']),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'foreign-state', ['رجب طيب أردوغان', 'أردوغان'], ['Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Erdogan', 'Erdoğan'], [['turkey', 'president', '2014-08-28', null]], ['President from 2014-08-28, prime minister 2003-2014 [k].']),
  person('yevgeny-prigozhin', 'Yevgeny Prigozhin', 'pro-government', ['يفغيني بريغوجين'], ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin', 'Prigozhin'], [['wagner-group', 'founder', '2014', '2023-08-23']]),
  namesakeRuler(),
];

/**
 * The 12th-century ruler the Nour al-Din al-Zenki Movement is named after. Histories write him without the
 * article before his last name, as some reports write the movement: the bare forms are his only where the text
 * speaks of his times (a ruler, the Crusades, a century); elsewhere they stay the movement's.
 */
function namesakeRuler(): GazetteerEntry {
  const entry = person('nur-al-din-zengi-ruler', 'Nur al-Din Zengi (12th-century ruler)', 'other', ['نور الدين محمود زنكي', 'نور الدين محمود'], ['Nur al-Din Mahmud Zengi', 'Nur ad-Din Mahmud Zengi', 'Nur al-Din Mahmud', 'Nur ad-Din Mahmud'], [['nour-al-din-al-zenki', 'namesake', null, null]], ['Zengid ruler of Aleppo (1146) and Damascus (1154) until 1174; the movement took his name.']);
  entry.contextual = [
    {
      phrases: ['Nur al-Din Zengi', 'Nur ad-Din Zengi', 'Nureddin Zengi', 'Nour al-Din Zangi'],
      anchors: ['ruler', 'sultan', 'atabeg', 'emir', 'Crusaders', 'Crusader', 'Crusades', 'Zengid', 'dynasty', 'medieval', 'century', 'Saladin', 'mausoleum', 'madrasa', 'tomb', 'Seljuk'],
      window: 150,
    },
  ];
  return entry;
}

// ───────────── Context rules (issue 4 part 2): ambiguous forms count only when the context is clear ─────────────

/** Words that put a text in Syria (for colliding acronyms, "the regime" and other descriptive forms). */
const SYRIA_ANCHORS = [
  'Syria', 'Syrian', 'Syrians', 'Damascus', 'Assad', 'Aleppo', 'Idlib', 'Idleb', 'Homs', 'Hama', 'Daraa', 'Deraa', 'Raqqa', 'Deir ez-Zor',
  'Deir ez-Zour', 'Deir Ezzor', 'Latakia', 'Tartus', 'Afrin', 'Azaz', 'Manbij', 'Kobani', 'Kobane', 'Qamishli', 'Hasakah', 'Hasaka',
  'Ghouta', 'Palmyra', 'Quneitra', 'Sweida', 'Suwayda', 'Jarablus', 'al-Bab', 'Tal Abyad', 'Ras al-Ain', 'Rojava', 'Qalamoun', 'Yarmouk',
  'Tal Rifaat', 'Saraqib', 'Maarat al-Numan', 'Jisr al-Shughur', 'Bab al-Hawa', 'Douma', 'Busra', 'Tanf',
  'سوريا', 'سورية', 'السوري', 'السورية', 'السوريين', 'دمشق', 'الأسد', 'حلب', 'إدلب', 'حمص', 'حماة', 'درعا', 'الرقة', 'دير الزور',
  'اللاذقية', 'طرطوس', 'عفرين', 'اعزاز', 'منبج', 'عين العرب', 'القامشلي', 'الحسكة', 'الغوطة', 'تدمر', 'القنيطرة', 'السويداء', 'جرابلس',
];
/** Syria plus the Iraqi theatre and jihadist vocabulary (for "IS"). */
const JIHAD_ANCHORS = [...SYRIA_ANCHORS, 'Iraq', 'Iraqi', 'Mosul', 'Sinjar', 'Anbar', 'Fallujah', 'Ramadi', 'Tikrit', 'caliphate', 'jihadist', 'jihadists', 'العراق'];

/**
 * Acronyms that collide with other organisations or words ("SNA" Somali National Army, "FSA" Financial
 * Services Authority, "SAA" South African Airways, "NLF" Vietnam, "SDG" Sustainable Development Goals...):
 * they count when the entity is named in full anywhere in the text, or another Syrian faction or body is
 * ("@*": any entry that is not a person or a state force), or the text is about Syria ("$syria").
 * New foreign-language forms (Turkish, French) are added the same way.
 */
const SYRIA_ACRONYMS: Record<string, string[]> = {
  'syrian-national-army': ['SNA', 'TFSA', 'SMO'],
  'free-syrian-army': ['FSA', 'ASL'],
  'syrian-government': ['SAA', 'SAAF', 'SyAAF', 'GoS', 'SARG'],
  'national-liberation-front': ['NLF'],
  'al-nusra-front': ['JN'],
  'syrian-interim-government': ['SIG'],
  'syrian-salvation-government': ['SSG'],
  'syrian-democratic-council': ['SDC', 'MSD'],
  'syria-revolutionaries-front': ['SRF'],
  'revolutionary-commando-army': ['RCA', 'SFA', 'NSyA', 'MaT'],
  'free-idlib-army': ['FIA'],
  'jaysh-al-fatah': ['JaF'],
  'al-qaeda': ['AQ', 'AQC'],
  'national-defence-forces': ['NDF'],
  'kurdish-national-council': ['KNC', 'ENKS'],
  'us-led-coalition': ['OIR'],
  turkey: ['TSK'],
  russia: ['VKS', 'RuAF'],
  'syrian-liberation-front': ['SLF', 'JTS'],
  'turkistan-islamic-party': ['TIP', 'ETIM'],
  'jund-al-aqsa': ['JaA'],
  'jaysh-al-thuwar': ['JaT'],
  'hurras-al-din': ['HaD'],
  'thuwar-al-sham': ['LRB'],
  'nour-al-din-al-zenki': ['NDZ'],
  'jaysh-al-islam': ['JAI'],
  'jaish-al-muhajireen-wal-ansar': ['JMA'],
  'jaysh-khalid-ibn-al-walid': ['JKbW'],
  'ahrar-al-sham': ['HASI', 'AaS'],
  'hayat-tahrir-al-sham': ['HTC'],
  sdf: ['SDG', 'FDS'],
  aanes: ['SANES', 'DFNS'],
};
/** Unambiguous foreign-language acronyms (plain acronyms). */
const EXTRA_ACRONYMS: Record<string, string[]> = { 'free-syrian-army': ['ÖSO'], 'islamic-state': ['DEAŞ', 'IŞİD'] };
/** Acronyms shared by two entries or used for several bodies: only after the entity was named in full. */
const ANTECEDENT_ACRONYMS: Record<string, string[]> = {
  // (also the Firat News Agency's, "MANBIJ, 12 August 2016 (ANF) –": al-Nusra's only after its name)
  'al-nusra-front': ['ANF'],
  'syrian-national-council': ['SNC'],
  'syrian-national-coalition': ['SNC', 'SOC'],
  'military-operations-command': ['MOC'],
  'islamic-front': ['IF'],
  'revolutionary-commando-army': ['NSA'],
};

/** A following word that makes a head noun part of another name or a common noun phrase. */
const NOT_ANAPHOR = ['@Capitalised', 'of', 'for', 'line', 'lines', 'forces', 'troops', 'soldiers', 'army', 'militias', 'offensive', 'warplanes', 'aircraft', 'jets', 'fighters', 'positions', 'held', 'controlled'];
const NOT_ANAPHOR_AR = [
  'اللبناني', 'العراقي', 'الأردني', 'الإسرائيلي', 'التركي', 'الروسي', 'الأمريكي', 'الأميركي', 'الإيراني', 'المصري', 'الدولي', 'الوطني',
  'الليبي', 'السوداني', 'اليمني', 'الباكستاني', 'الأفغاني', 'الصومالي',
  // Adjectives that make the head another body or a unit: الهيئة العليا للمفاوضات, المجلس المحلي, الهيئة الشرعية,
  // الفيلق الثالث, الجبهة الشمالية (the names among them, الفيلق الخامس or الجبهة الجنوبية, match first as longer names).
  'العليا', 'الأعلى', 'العامة', 'العام', 'الشرعية', 'الشرعي', 'السياسية', 'السياسي', 'المحلي', 'المحلية', 'العسكري', 'العسكرية',
  'التنفيذية', 'التنفيذي', 'التأسيسية', 'الإدارية', 'القضائية', 'الدستورية', 'الأمنية', 'الأمني', 'الإعلامية', 'الإعلامي',
  'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع',
  'الرابعة', 'الخامس', 'الخامسة', 'السادس', 'السادسة', 'السابع', 'السابعة', 'الثامن', 'الثامنة', 'التاسع', 'التاسعة', 'العاشر', 'العاشرة',
  // what makes «النظام» a system rather than the regime: النظام الداخلي, النظام العالمي, النظام الانتخابي ...
  'العالمي', 'الانتخابي', 'الأساسي', 'الداخلي', 'الاقتصادي', 'المصرفي', 'القضائي', 'الصحي', 'التعليمي', 'الجديد', 'القديم',
];

/** "the Front" after the entity was named: an anaphor (caseSensitive: "the front" is a front line). */
function anaphor(phrase: string, ...anchors: string[]): ContextualRule[] {
  return [{ phrases: [phrase], anchors, caseSensitive: true, requiresAntecedent: true, notFollowedBy: ['$not-anaphor'] }];
}
/** Arabic anaphors by their exact written forms (الجبهة = the Front). */
function anaphorAr(forms: string[], ...anchors: string[]): ContextualRule[] {
  return forms.length ? [{ phrases: forms, anchors, caseSensitive: true, requiresAntecedent: true, notFollowedBy: ['$not-anaphor-ar'] }] : [];
}

/** Generic heads that stand for a faction already named: [English head, Arabic forms, entries]. */
const HEADS: [string, string[], string[]][] = [
  ['the Front', ['الجبهة', 'والجبهة'], ['al-nusra-front', 'jabhat-fateh-al-sham', 'levant-front', 'southern-front', 'islamic-front', 'national-liberation-front', 'syrian-liberation-front', 'syria-revolutionaries-front', 'jabhat-ansar-al-din']],
  ['the Movement', ['الحركة', 'والحركة'], ['ahrar-al-sham', 'nour-al-din-al-zenki', 'hazzm-movement', 'harakat-al-nujaba']],
  ['the Legion', ['الفيلق', 'والفيلق'], ['faylaq-al-sham', 'faylaq-al-rahman', '5th-corps']],
  ['the Brigade', [], ['liwa-al-tawhid', 'liwa-al-quds', 'liwa-al-aqsa', 'desert-hawks-brigade', 'liwa-zainebiyoun']],
  ['the Brigades', [], ['suqour-al-sham']],
  ['the Division', ['الفرقة', 'والفرقة'], ['hamza-division', 'sultan-murad-division', 'sultan-suleiman-shah-division', 'tiger-forces', '4th-armoured-division', 'liwa-al-fatemiyoun']],
  ['the Army', ['الجيش', 'والجيش'], ['jaysh-al-islam', 'jaysh-al-fatah', 'jaysh-al-izza', 'jaysh-al-mujahideen', 'jaysh-al-thuwar', 'free-syrian-army', 'syrian-national-army', 'free-idlib-army', 'jaysh-khalid-ibn-al-walid', 'jaysh-al-nasr', 'jaysh-al-ahrar', 'revolutionary-commando-army', 'syrian-government']],
  ['the army', [], ['syrian-government', 'syrian-transitional-government']],
  ['the Council', ['المجلس'], ['syrian-national-council', 'syrian-democratic-council', 'kurdish-national-council']],
  ['the (Coalition|coalition)', ['الائتلاف', 'التحالف'], ['syrian-national-coalition', 'us-led-coalition', 'jaysh-al-fatah']],
  ['the (Government|government)', ['الحكومة', 'والحكومة'], ['syrian-government', 'syrian-salvation-government', 'syrian-interim-government', 'syrian-transitional-government']],
  ['the Party', ['الحزب'], ['pyd', 'pkk', 'turkistan-islamic-party', 'hezbollah']],
  ['the (Organisation|Organization)', ['التنظيم'], ['islamic-state', 'hurras-al-din', 'al-qaeda']],
  ['the (Committee|Commission|Organization|Organisation)', ['الهيئة'], ['hayat-tahrir-al-sham']],
  ['the Administration', ['الإدارة'], ['aanes', 'military-operations-command', 'syrian-transitional-government']],
];

/**
 * Words that turn a faction, state or person name into part of another proper noun: streets and squares
 * named after a word ("Nusra Street" in Idlib predates the group), schools, mosques, "Lake Assad", airlines.
 * English heads must be capitalised ("Hezbollah street protests" is still Hezbollah). Arabic heads come
 * before the name; only those that name a place, not those that may own it (مدرسة, مستشفى: "a Hezbollah
 * hospital" is Hezbollah's).
 */
const PROPER_NOUNS = {
  after: [
    'Street', 'St', 'Road', 'Avenue', 'Boulevard', 'Lane', 'Highway', 'Square', 'Roundabout', 'Bridge', 'Quarter', 'Neighbourhood',
    'Neighborhood', 'Mosque', 'Church', 'School', 'College', 'University', 'Hospital', 'Clinic', 'Bakery', 'Market', 'Souk', 'Mall',
    'Stadium', 'Park', 'Gardens', 'Hotel', 'Cinema', 'Library', 'Dam', 'Lake', 'Airport', 'Tomb', 'Shrine', 'Air', 'Airlines', 'Airways',
  ],
  before: ['Lake', 'Mount', 'شارع', 'ساحة', 'دوار', 'حي', 'جسر', 'بحيرة', 'سد', 'جامع', 'مسجد'],
};

/**
 * One-word names that are also ordinary surnames or other proper nouns ("played Wagner" is the composer):
 * they count only with the entity named in full somewhere, or a word of its world close by.
 */
const SURNAME_LIKE: { id: string; forms: string[]; anchors: string[] }[] = [
  {
    id: 'wagner-group',
    forms: ['Wagner', 'فاغنر'],
    anchors: ['Russia', 'Russian', 'Russians', 'Prigozhin', 'mercenary', 'mercenaries', 'PMC', 'contractors', 'paramilitary', 'fighters', 'Kremlin', 'روسيا', 'الروسي', 'الروسية', 'الروس', 'مرتزقة', 'المرتزقة', 'بريغوجين', 'مقاتلي', 'عناصر'],
  },
];

// ───────────── States acting: adjective + military noun ("Russian air power", "القوات التركية") ─────────────

/** What a state's armed forces are called when they act ("Russian helicopters", "Turkish drones", "Iranian advisers"). */
const MILITARY_NOUNS = [
  'forces', 'troops', 'military', 'army', 'armed forces', 'soldier', 'soldiers', 'warplane', 'warplanes', 'jet', 'jets', 'fighter jets',
  'aircraft', 'air force', 'aerospace force', 'aerospace forces', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'strike', 'strikes', 'drone strike', 'drone strikes',
  'air power', 'airpower', 'air support', 'air cover', 'air campaign', 'air defences', 'air defenses', 'bomber', 'bombers', 'helicopter',
  'helicopters', 'gunships', 'drone', 'drones', 'artillery', 'shelling', 'bombardment', 'bombing', 'navy', 'warships', 'special forces',
  'commandos', 'military police', 'adviser', 'advisers', 'advisor', 'advisors', 'officer', 'officers', 'commander', 'commanders', 'unit',
  'units', 'patrol', 'patrols', 'convoy', 'convoys', 'observation post', 'observation posts', 'offensive', 'incursion', 'invasion',
  'intervention', 'operation', 'occupation', 'presence', 'intelligence', 'war machine', 'aviation', 'border guards',
  'border guard', 'gendarmerie',
  // the state acting through its institutions ("the Russian foreign ministry said"); officials who meet or
  // speak are not counted (tests/unit/factions/fixtures.ts, "HTS's leader met Turkish officials")
  'foreign ministry', 'defence ministry', 'defense ministry', 'government',
];
/** The same in Arabic, by the form of the adjective that agrees with them (feminine, masculine, human plural). */
const MILITARY_NOUNS_AR = {
  f: ['القوات', 'القوات الخاصة', 'القوات الجوية', 'القوات الجوية الفضائية', 'القوات الجوفضائية', 'الطائرات', 'الطائرات الحربية', 'الطائرات المسيرة', 'المقاتلات', 'المروحيات', 'الغارات', 'الضربات', 'الدوريات', 'الشرطة العسكرية', 'البحرية', 'المدفعية', 'الاستخبارات', 'المخابرات', 'العملية العسكرية', 'الدبابات', 'الآليات', 'المدرعات', 'القاعدة العسكرية', 'القواعد العسكرية', 'وزارة الخارجية', 'وزارة الدفاع', 'الحكومة'],
  m: ['الجيش', 'الطيران', 'الطيران الحربي', 'الطيران المسير', 'سلاح الجو', 'القصف', 'الاحتلال', 'التدخل', 'الوجود', 'الهجوم', 'التوغل', 'العدوان'],
  pl: ['الجنود', 'المستشارين', 'المستشارون', 'الضباط', 'الخبراء', 'العسكريين', 'العسكريون', 'القادة'],
};
/**
 * Indefinite, as news copy writes them ("غارات روسية على إدلب", "ضباط إيرانيون", "13 مستشاراً عسكرياً إيرانياً"): `acc`
 * the accusative a number from eleven to ninety-nine takes.
 */
const MILITARY_NOUNS_AR_INDEFINITE = {
  f: ['قوات', 'قوات خاصة', 'طائرات', 'طائرات حربية', 'طائرات مسيرة', 'مقاتلات', 'مروحيات', 'غارات', 'غارة', 'ضربات', 'ضربة', 'دوريات', 'دورية', 'مدفعية', 'دبابات', 'آليات', 'مدرعات', 'قاعدة عسكرية', 'قواعد عسكرية'],
  m: ['جيش', 'طيران', 'طيران حربي', 'قصف', 'تدخل', 'وجود', 'هجوم', 'توغل', 'عدوان', 'رتل', 'رتل عسكري', 'جندي', 'مستشار', 'مستشار عسكري', 'ضابط', 'خبير عسكري'],
  pl: ['جنود', 'مستشارين', 'مستشارون', 'مستشارين عسكريين', 'مستشارون عسكريون', 'ضباط', 'خبراء عسكريين', 'عسكريين', 'عسكريون', 'قادة'],
  // (not «عسكرياً» alone: «دعماً عسكرياً أميركياً» is support, the adjective's noun before it)
  acc: ['جنديا', 'مستشارا', 'مستشارا عسكريا', 'ضابطا', 'خبيرا عسكريا'],
};
/**
 * The adjectives of the states the gazetteer follows as actors. `nounsExcept`: nouns that name something else
 * for that state (US intelligence in Syria was a CIA programme, not the coalition's forces). `extra`: nouns
 * only that state's adjective takes here ("Iranian fighters" were Iran's; "Russian fighters" are as often
 * Chechen jihadists). `led`: the "-led" forms ("Turkish-led offensive").
 */
type ArabicAdjectives = { m: string[]; f: string[]; pl: string[] };
const STATE_FORMS: { id: string; en: string[]; led: string[]; ar: ArabicAdjectives; arIndefinite: ArabicAdjectives & { acc: string[] }; nounsExcept?: string[]; extra?: string[] }[] = [
  { id: 'russia', en: ['Russian'], led: ['Russian', 'Russia'], ar: { m: ['الروسي'], f: ['الروسية'], pl: ['الروس'] }, arIndefinite: { m: ['روسي'], f: ['روسية'], pl: ['روس'], acc: ['روسيا'] } },
  { id: 'turkey', en: ['Turkish'], led: ['Turkish', 'Turkey'], ar: { m: ['التركي'], f: ['التركية'], pl: ['الأتراك'] }, arIndefinite: { m: ['تركي'], f: ['تركية'], pl: ['أتراك'], acc: ['تركيا'] } },
  {
    id: 'iran', en: ['Iranian'], led: ['Iranian', 'Iran'], ar: { m: ['الإيراني'], f: ['الإيرانية'], pl: ['الإيرانيين', 'الإيرانيون'] },
    arIndefinite: { m: ['إيراني'], f: ['إيرانية'], pl: ['إيرانيين', 'إيرانيون'], acc: ['إيرانيا'] }, extra: ['fighters'],
  },
  {
    id: 'israel', en: ['Israeli'], led: ['Israeli', 'Israel'], ar: { m: ['الإسرائيلي'], f: ['الإسرائيلية'], pl: ['الإسرائيليين', 'الإسرائيليون'] },
    arIndefinite: { m: ['إسرائيلي'], f: ['إسرائيلية'], pl: ['إسرائيليين', 'إسرائيليون'], acc: ['إسرائيليا'] },
  },
  {
    id: 'us-led-coalition', en: ['US', 'U.S.', 'American'], led: [],
    ar: { m: ['الأمريكي', 'الأميركي'], f: ['الأمريكية', 'الأميركية'], pl: ['الأمريكيين', 'الأميركيين', 'الأمريكيون', 'الأميركيون'] },
    arIndefinite: { m: ['أمريكي', 'أميركي'], f: ['أمريكية', 'أميركية'], pl: ['أمريكيين', 'أميركيين', 'أمريكيون', 'أميركيون'], acc: ['أمريكيا', 'أميركيا'] },
    // (the coalition is the US military: Washington's diplomats and officials are not it)
    nounsExcept: ['intelligence', 'foreign ministry', 'government', 'وزارة الخارجية', 'الحكومة'],
  },
];
const LED_NOUNS = ['forces', 'troops', 'offensive', 'operation', 'campaign', 'assault', 'incursion'];
/** Iran's militias are the IRGC's (factions-facts.md lists "Iranian militias" among its names); Iran-backed ones are not named. */
const IRGC_MILITIAS = { en: ['Iranian (militia|militias|militiamen)', '(Iranian|Iran)-led (militia|militias|militiamen)'], ar: ['(المليشيات|الميليشيات) الإيرانية'] };

function applyStateForms(entries: GazetteerEntry[]): void {
  for (const st of STATE_FORMS) {
    const e = entries.find((x) => x.id === st.id);
    if (!e) throw new Error(`state forms: no entry ${st.id}`);
    const nouns = [...MILITARY_NOUNS.filter((x) => !st.nounsExcept?.includes(x)), ...(st.extra ?? [])];
    e.aliases.push(`(${st.en.join('|')}) (${nouns.join('|')})`);
    if (st.led.length) e.aliases.push(`(${st.led.join('|')})-led (${LED_NOUNS.join('|')})`);
    for (const k of ['f', 'm', 'pl'] as const) e.arabic.push(`(${MILITARY_NOUNS_AR[k].filter((x) => !st.nounsExcept?.includes(x)).join('|')}) (${st.ar[k].join('|')})`);
    for (const k of ['f', 'm', 'pl', 'acc'] as const) e.arabic.push(`(${MILITARY_NOUNS_AR_INDEFINITE[k].join('|')}) (${st.arIndefinite[k].join('|')})`);
  }
  const irgc = entries.find((x) => x.id === 'irgc')!;
  irgc.aliases.push(...IRGC_MILITIAS.en);
  irgc.arabic.push(...IRGC_MILITIAS.ar);
}

/**
 * Arabic writes Syria both ways, سوريا and سورية ("قوات سورية الديمقراطية"): every Arabic name with one spelling
 * gets the other.
 */
function applySyriaSpellings(entries: GazetteerEntry[]): void {
  for (const e of entries) {
    const extra: string[] = [];
    for (const a of e.arabic) {
      if (/(^|\s)سوريا(\s|$)/.test(a)) extra.push(a.replace(/(^|\s)سوريا(?=\s|$)/g, '$1سورية'));
      else if (/(^|\s)سورية(\s|$)/.test(a)) extra.push(a.replace(/(^|\s)سورية(?=\s|$)/g, '$1سوريا'));
    }
    for (const x of extra) if (!e.arabic.includes(x)) e.arabic.push(x);
  }
}

/** Descriptive forms of the post-Assad government, counted only in texts that are clearly after December 2024. */
const TRANSITIONAL_CONTEXT: ContextualRule = {
  phrases: [
    '[the] (transitional|caretaker|interim) (government|authorities)',
    "Syria's (transitional|caretaker|interim) (government|authorities|army|administration|rulers)",
    'the new (government|authorities|administration) in Damascus',
  ],
  anchors: [
    'Sharaa', 'post-Assad', 'fall of Assad', "Assad's fall", "Assad's ouster", 'ousted', 'toppled', 'interim President', '@syrian-transitional-government',
    'أحمد الشرع', 'الرئيس الشرع', 'سقوط الأسد', 'سقوط النظام', 'النظام البائد', 'المخلوع', 'النظام السابق', 'الرئيس الانتقالي',
  ],
};
/** Names of the post-Assad bodies that are also everyday words elsewhere ("the General Command" of the SDF, Assad's Ministry of Defence). */
const TRANSITIONAL_AMBIGUOUS = ['Syrian General Command', 'al-Qiyada al-Amma', 'القيادة العامة', 'الحكومة الانتقالية', 'وزارة الدفاع السورية'];

function applyContextRules(entries: GazetteerEntry[]): void {
  const by = new Map(entries.map((e) => [e.id, e]));
  const get = (id: string): GazetteerEntry => {
    const e = by.get(id);
    if (!e) throw new Error(`context rules: no entry ${id}`);
    return e;
  };
  const add = (id: string, rules: ContextualRule[]): void => {
    const e = get(id);
    e.contextual = [...(e.contextual ?? []), ...rules];
  };
  for (const [id, acrs] of Object.entries(SYRIA_ACRONYMS)) {
    const e = get(id);
    e.acronyms = e.acronyms.filter((a) => !acrs.includes(a));
    add(id, [{ phrases: acrs, anchors: ['@self', '@*', '$syria'], caseSensitive: true }]);
  }
  for (const [id, acrs] of Object.entries(EXTRA_ACRONYMS)) get(id).acronyms.push(...acrs);
  for (const [id, acrs] of Object.entries(ANTECEDENT_ACRONYMS)) {
    const e = get(id);
    e.acronyms = e.acronyms.filter((a) => !acrs.includes(a));
    add(id, [{ phrases: acrs, anchors: ['@self'], caseSensitive: true, requiresAntecedent: true }]);
  }
  for (const [head, ar, ids] of HEADS) for (const id of ids) add(id, [...anaphor(head, '@self'), ...anaphorAr(ar, '@self')]);
  for (const { id, forms, anchors } of SURNAME_LIKE) {
    const e = get(id);
    e.aliases = e.aliases.filter((a) => !forms.includes(a));
    e.arabic = e.arabic.filter((a) => !forms.includes(a));
    add(id, [{ phrases: forms, anchors: ['@self'], caseSensitive: true }, { phrases: forms, anchors, window: 120, caseSensitive: true }]);
  }
  const stg = get('syrian-transitional-government');
  stg.aliases = stg.aliases.filter((a) => !TRANSITIONAL_AMBIGUOUS.includes(a));
  stg.arabic = stg.arabic.filter((a) => !TRANSITIONAL_AMBIGUOUS.includes(a));
  add('syrian-transitional-government', [
    { ...TRANSITIONAL_CONTEXT, phrases: [...TRANSITIONAL_CONTEXT.phrases, ...TRANSITIONAL_AMBIGUOUS] },
    // Lower-case "new" as written: the capitalised "New Syrian Army" is the 2015-2016 group.
    { ...TRANSITIONAL_CONTEXT, phrases: ["Syria's new (government|authorities|army|administration|rulers)", 'the new (Syrian|Syria) (government|authorities|army|administration|state)'], caseSensitive: true },
  ]);
  stg.aliases = stg.aliases.filter((a) => !/^new Syrian army$/i.test(a));
  // "New Syrian Army" (2015-16, US-trained) is not "the new Syrian army" of 2025: capitalised only.
  const rca = get('revolutionary-commando-army');
  rca.aliases = rca.aliases.filter((a) => a !== 'New Syrian Army');
  add('revolutionary-commando-army', [{ phrases: ['New Syrian Army'], anchors: ['@self', '$syria'], caseSensitive: true }]);
}

/**
 * The fact sheet profiles the Assad-era army apart from the state, but the seed expectations count the army
 * under the state ("Syrian government forces (Syrian Army)", "Syrian army", "governmental army", "Assad's
 * forces"), and two entries split one actor: "Syrian Arab Army" went to one, "Syrian army" to the other.
 * One entry, so that filtering on the government's army finds every way it is written.
 */
const ARMY_OF_STATE = {
  from: 'syrian-arab-army',
  into: 'syrian-government',
  note:
    'The Assad-era armed forces are this entry by every name (Syrian Arab Army, SAA, SyAAF, Syrian Arab Armed Forces, Assad\'s army, ' +
    'الجيش العربي السوري, and the descriptive "Syrian army", "regime forces", "government forces"), as the seed expectations count them ' +
    '("Syrian government forces (Syrian Army)"). The fact sheet\'s separate syrian-arab-army entry is merged here; its units ' +
    '(Tiger Forces, 4th Armoured Division, Republican Guard, 5th Corps) are members of this entry, and its de jure dissolution ' +
    '(2025-01-29) is covered by the evolved-into link to the transitional government.',
};

/**
 * Fold one entry into another as the app's own "merge into" correction does: names, acronyms and notes move,
 * links and affiliations that pointed at the old id point at the new one. A lineage link of the old entry to
 * a target the new one already links to is dropped (one link per pair keeps the lineage timeline readable).
 */
function mergeEntry(entries: GazetteerEntry[], fromId: string, intoId: string, note: string): void {
  const from = entries.find((e) => e.id === fromId);
  const into = entries.find((e) => e.id === intoId);
  if (!from || !into) throw new Error(`merge: no entry ${from ? intoId : fromId}`);
  for (const k of ['aliases', 'acronyms', 'misspellings', 'arabic'] as const) into[k] = [...into[k], ...from[k]];
  for (const l of from.lineage) if (l.target !== into.id && !into.lineage.some((x) => x.target === l.target)) into.lineage.push(l);
  into.notes = [...(into.notes ?? []), note];
  entries.splice(entries.indexOf(from), 1);
  for (const e of entries) {
    e.lineage = e.lineage
      .map((l) => (l.target === fromId ? { ...l, target: intoId } : l))
      .filter((l, i, all) => l.target !== e.id && all.findIndex((o) => o.relation === l.relation && o.target === l.target) === i);
    if (e.affiliations) e.affiliations = e.affiliations.map((a) => (a.factionId === fromId ? { ...a, factionId: intoId } : a));
  }
}

function ent(
  id: string, name: string, kind: GazetteerEntry['kind'], bloc: GazetteerEntry['bloc'],
  o: { arabic?: string[]; aliases?: string[]; acronyms?: string[]; active: [string | null, string | null]; lineage: [string, string, string | null][]; confidence?: 'high' | 'medium' | 'low'; notes?: string[] },
): GazetteerEntry {
  return {
    id, name, kind, bloc, arabic: o.arabic ?? [], aliases: o.aliases ?? [], acronyms: o.acronyms ?? [], misspellings: [],
    active: { from: o.active[0], to: o.active[1] },
    lineage: o.lineage.map(([relation, target, date]) => ({ relation, target, date })),
    source: 'hand-curated (not in factions-facts.md); verify',
    confidence: o.confidence ?? 'high', notes: o.notes ?? [],
  };
}

function person(id: string, name: string, bloc: GazetteerEntry['bloc'], arabic: string[], aliases: string[], aff: [string, string, string | null, string | null][], notes: string[] = []): GazetteerEntry {
  return {
    id, name, kind: 'person', bloc, arabic, aliases, acronyms: [], misspellings: [], lineage: [],
    affiliations: aff.map(([factionId, role, from, to]) => ({ factionId, role, from, to })),
    source: 'hand-curated (not in factions-facts.md); verify', confidence: 'high', notes,
  };
}

function cleanDate(d: unknown): string | null {
  if (d === null || d === undefined) return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(String(d));
  return m ? m[1] : null;
}

function cleanAlias(a: string): string | null {
  const paren = /\(([^)]*)\)/.exec(a);
  if (paren && DROP_PAREN.test(paren[1])) return null;
  let s = a.replace(/\s*\([^)]*\)/g, '').trim();
  if (s.includes(' / ')) return null;
  if (/^the /i.test(s)) return null;
  if (!s) return null;
  s = s.replace(/[’]/g, "'");
  return s;
}

function convert(): GazetteerFile {
  const md = readFileSync(factsPath, 'utf8');
  const block = [...md.matchAll(/^```yaml\n([\s\S]*?)^```/gm)][0][1];
  // Section headings are YAML comments; remember which section each id sits in.
  const sectionOf = new Map<string, string>();
  let section = '';
  for (const line of block.split('\n')) {
    const h = /^# ─+ (.+?) ─+/.exec(line);
    if (h) section = h[1];
    const m = /^- id: ([\w-]+)/.exec(line);
    if (m) sectionOf.set(m[1], section);
  }
  const doc = parse(block) as { entities: Any[] };
  const entries: GazetteerEntry[] = [];
  for (const e of doc.entities) {
    if (DROP_IDS.has(e.id)) continue;
    const kind = ({ faction: 'faction', coalition: 'coalition', 'state-actor': 'state-force', governance: 'governance', 'person-leader': 'person' } as Record<string, GazetteerEntry['kind']>)[e.kind];
    if (!kind) throw new Error(`unknown kind ${e.kind} for ${e.id}`);
    const sec = sectionOf.get(e.id) ?? '';
    let bloc = BLOC_OVERRIDE[e.id] ?? SECTION_BLOC.find(([re]) => re.test(sec))?.[1] ?? 'other';
    if (kind === 'governance' && !BLOC_OVERRIDE[e.id]) bloc = e.id === 'aanes' ? 'kurdish-led' : 'governance';
    const al = e.aliases ?? {};
    const aliases: string[] = [];
    const acronyms: string[] = [];
    const keepAlias = (x: string | null): void => {
      if (!x) return;
      if (DROP_ALIASES.has(x.toLowerCase()) || DROP_ALIASES.has(`${x.toLowerCase()}@${e.id}`)) return;
      aliases.push(x);
    };
    for (const a of [...(al.en ?? []), ...(al.translit ?? [])]) keepAlias(cleanAlias(a));
    for (const a of al.informal ?? []) {
      const c = cleanAlias(a);
      if (c && KEEP_INFORMAL.has(c.toLowerCase())) keepAlias(c);
    }
    for (const a of al.acronyms ?? []) {
      const f = String(a.form);
      if (DROP_ACRONYMS.has(f) || DROP_ACRONYMS.has(`${f}@${e.id}`)) continue;
      if (/^[\p{L}\p{N}]+$/u.test(f) && /\p{Lu}.*\p{Lu}/u.test(f)) acronyms.push(f);
      else if (/[\s-]/.test(f)) aliases.push(f);
    }
    const lineage: GazetteerEntry['lineage'] = [];
    const lin = e.lineage ?? {};
    // ext: targets are kept for now and resolved (or dropped) once EXTRA_ENTRIES are in.
    for (const l of [...(lin.predecessors ?? []), ...(lin.successors ?? [])]) {
      lineage.push({ relation: REL_MAP[l.rel] ?? l.rel, target: String(l.id), date: cleanDate(l.date) });
    }
    for (const l of lin.member_of ?? []) {
      lineage.push({ relation: 'member-of', target: String(l.id), date: cleanDate(l.from) });
    }
    const entry: GazetteerEntry = {
      id: e.id,
      name: NAME_OVERRIDE[e.id] ?? String(e.name).replace(/\s*\([^)]*\)/g, '').split(' / ')[0].trim(),
      kind,
      bloc,
      arabic: [...(e.arabic ?? [])],
      aliases,
      acronyms,
      misspellings: [],
      active: { from: cleanDate(e.active?.from), to: cleanDate(e.active?.to) },
      lineage: kind === 'person' ? [] : lineage,
      source: e.source,
      confidence: e.confidence,
      notes: [...(e.notes ?? []).map(String)],
    };
    if (kind === 'person') {
      entry.affiliations = (e.roles ?? []).map((r: Any) => ({ factionId: String(r.org).replace(/^ext:/, ''), role: r.role ?? null, from: cleanDate(r.from), to: cleanDate(r.to) }));
    }
    const p = PATCH[e.id];
    if (p) {
      for (const k of ['aliases', 'acronyms', 'misspellings', 'arabic', 'notes'] as const) if (p[k]) entry[k] = [...(entry[k] ?? []), ...p[k]!];
      if (p.contextual) entry.contextual = p.contextual;
    }
    entries.push(entry);
  }
  // The fact sheet lists Liwa al-Aqsa as an alias of Jund al-Aqsa; it is its own entry here.
  entries.push(...EXTRA_ENTRIES);
  // A namesake goes right before the entry named after him: where both claim the same words, the matcher reads
  // patterns in file order and a contextual form whose context holds is taken before a later plain name.
  for (const namesake of entries.filter((x) => x.affiliations?.some((a) => a.role === 'namesake'))) {
    entries.splice(entries.indexOf(namesake), 1);
    const named = entries.findIndex((x) => x.id === namesake.affiliations?.find((a) => a.role === 'namesake')?.factionId);
    entries.splice(named, 0, namesake);
  }
  const ids = new Set(entries.map((x) => x.id));
  for (const x of entries) {
    x.lineage = x.lineage
      .map((l) => ({ ...l, target: l.target.replace(/^ext:/, '') }))
      .filter((l) => ids.has(l.target) && l.target !== x.id);
    if (x.affiliations) x.affiliations = x.affiliations.filter((a) => ids.has(a.factionId));
  }
  const jund = entries.find((x) => x.id === 'jund-al-aqsa')!;
  jund.lineage.push({ relation: 'split-into', target: 'liwa-al-aqsa', date: '2017-02-07' });
  const ahrar = entries.find((x) => x.id === 'ahrar-al-sham')!;
  ahrar.lineage.push({ relation: 'split-into', target: 'jaysh-al-ahrar', date: '2016-12' });
  mergeEntry(entries, ARMY_OF_STATE.from, ARMY_OF_STATE.into, ARMY_OF_STATE.note);
  applyStateForms(entries);
  applySyriaSpellings(entries);
  applyContextRules(entries);

  // De-duplicate within an entry and resolve cross-entry collisions (first entry wins).
  const owner = new Map<string, string>();
  const acrOwner = new Map<string, string>();
  for (const e of entries) {
    for (const k of ['aliases', 'misspellings', 'arabic'] as const) {
      const seen = new Set<string>();
      e[k] = e[k].filter((a) => {
        const variants = expandPattern(a);
        const keys = variants.map(matchKey);
        // a one-word name written in lower case is a form of its own: the matcher takes lower-case text only for it
        const forms = variants.map((v, i) => (keys[i].startsWith('1:') && v === v.toLowerCase() && v !== v.toUpperCase() ? `${keys[i]}:lower` : keys[i]));
        const self = forms.every((x) => seen.has(x));
        forms.forEach((x) => seen.add(x));
        if (self) return false;
        const clash = keys.map((x) => owner.get(x)).find((o) => o && o !== e.id);
        if (clash) {
          console.warn(`collision: "${a}" of ${e.id} already belongs to ${clash}; dropped`);
          return false;
        }
        keys.forEach((x) => owner.set(x, e.id));
        return true;
      });
    }
    e.acronyms = [...new Set(e.acronyms)].filter((a) => {
      const o = acrOwner.get(a);
      if (o && o !== e.id) {
        console.warn(`acronym collision: ${a} of ${e.id} already belongs to ${o}; dropped`);
        return false;
      }
      acrOwner.set(a, e.id);
      return true;
    });
  }
  return {
    $comment: 'Dossier faction gazetteer. Generated by scripts/build-gazetteer.ts from ../shared/design/factions-facts.md plus hand curation; edit by hand or regenerate. Schema: src/main/core/factions/schema.ts.',
    rules: {
      sponsorCues: {
        kinds: ['state-force'],
        before: [
          'backed by', 'supported by', 'sponsored by', 'funded by', 'armed by', 'financed by', 'loyal to', 'allied to', 'allied with',
          'aligned with', 'affiliated with', 'proxies of', 'proxy of', 'المدعوم من', 'المدعومة من', 'المدعومين من', 'المدعوم',
          'المدعومة', 'المدعومين', 'بدعم من', 'مدعوما من', 'مدعومة من', 'الموالية ل', 'الموالي ل', 'الموالين ل', 'الموالون ل',
          'الممولة من', 'المقربة من', 'الارتهان ل', 'التبعية ل', 'الخضوع ل', 'العمالة ل', 'التابعة ل', 'تابعة ل', 'التابع ل',
          'تابع ل', 'التابعين ل',
          // ("with support from Iran and Hezbollah"; Astana's talks «التي رعتها روسيا وتركيا», a truce «الذي ترعاه واشنطن»)
          'with support from', 'with the support of', 'with backing from', 'with the backing of', 'برعاية', 'رعتها', 'رعاها',
          'رعته', 'ترعاها', 'ترعاه', 'يرعاها', 'يرعاه',
          // (a supplier: "groups that receive weapons and funds from Turkey")
          'funds from', 'funding from', 'weapons from', 'arms from', 'money from', 'financing from',
        ],
        // ("Turkey-based MOM": where something sits, not the state acting)
        after: ['backed', 'sponsored', 'funded', 'supported', 'armed', 'financed', 'aligned', 'allied', 'affiliated', 'based'],
        prefixes: ['pro', 'anti'],
        possessive: true,
        possessiveNouns: ['support', 'backing', 'funding', 'sponsorship', 'patronage', 'arming', 'financing'],
      },
      anchorSets: { syria: SYRIA_ANCHORS, jihad: JIHAD_ANCHORS, 'not-anaphor': NOT_ANAPHOR, 'not-anaphor-ar': NOT_ANAPHOR_AR },
      properNouns: PROPER_NOUNS,
      titles: ['President', 'Sheikh', 'Shaykh', 'General', 'Colonel', 'Emir', 'King', 'Prince'],
      stopPhrases: ['(an|a) Islamic state', '(إقامة|لإقامة|بإقامة|وإقامة) الدولة الإسلامية', '(القاعدة|القواعد) (العسكرية|الجوية|البحرية)', '(الجبهة|الجبهات) (الجنوبية|الشمالية|الشرقية|الغربية) (للمدينة|للبلدة|للقرية|لمدينة|لبلدة)', 'Islamic state (project|system|model)', 'the southern front', 'the northern front', 'a free Syrian army', 'Golani Brigade', 'Golani Heights', 'Golan Heights',
        // names inside other names: the FSA's Mountain Hawks are not Suqour al-Sham; the "ISIS Hunters" hunt it
        '[Liwa] Suqour al-Jabal', 'ISIS Hunters', '(صائدو|صائدي) داعش',
        // a region of a state is a place: "a camp in southern Turkey", «جنوب تركيا»
        '(southern|northern|eastern|western|south-eastern|southeastern|north-eastern|northeastern|south-western|southwestern|north-western|northwestern|central) (Turkey|Iran|Russia|Israel)',
        '(جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|وسط) (تركيا|إيران|روسيا|إسرائيل)',
        // a state a traveller passes through is a route ("left Syria via Turkey")
        '(via|through) (Turkey|Iran|Iraq|Jordan|Lebanon)', '(عبر|عن طريق) (تركيا|إيران|العراق|الأردن|لبنان)',
        // where someone lives or speaks from is a place ("an Ahrar al-Sham official in Turkey", «اللاجئين في تركيا»)
        '(official|officials|spokesman|spokesperson|representative|representatives|refugees|exiles|leaders|leadership|based|living|residing|exiled|headquartered|office|offices|camp|camps) in (Turkey|Iran|Russia|Jordan|Lebanon|Iraq)',
        '(المقيم|مقيم|المقيمين|مقيمين|المقيمة|اللاجئين|لاجئين|اللاجئون|مكتب|مكتبها|مكتبه|مقره|مقرها|يقيم|تقيم|المسؤول|مسؤول) في (تركيا|إيران|روسيا|الأردن|لبنان|العراق)',
        // the Syrian Islamic Liberation Front of 2012-13 is not the Syrian Liberation Front of 2018
        '(Syrian Islamic Liberation Front|Syria Islamic Liberation Front)', 'جبهة تحرير سوريا الإسلامية',
        // the Kurdish news agency's English service, whose acronym is al-Nusra Front's
        'ANF (News|English|Agency)'],
    },
    entries: entries as GazetteerFile['entries'],
    retired: { [ARMY_OF_STATE.from]: ARMY_OF_STATE.into },
  };
}

const file = convert();
parseGazetteer(file); // throws on any schema or cross-reference problem
const json = JSON.stringify(file, null, 2) + '\n';
if (process.argv.includes('--check')) {
  // The committed file must be exactly what this script makes, or a hand edit would be lost on the next run.
  if (readFileSync(outPath, 'utf8') !== json) {
    console.error(`${outPath} differs from what scripts/build-gazetteer.ts generates; re-run it (without --check).`);
    process.exit(1);
  }
  console.log(`${outPath} is up to date (${file.entries.length} entries)`);
} else {
  writeFileSync(outPath, json);
  console.log(`wrote ${file.entries.length} entries to ${outPath}`);
}
