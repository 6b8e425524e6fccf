// How the seed expectations' as_written forms are checked against the mentions the engine finds, shared by
// tests/unit/factions/seeds.test.ts (matcher on the cut body) and tests/acceptance/seed-library.test.ts
// (the whole import). A form is found only when a mention of that faction has exactly that surface, after
// whitespace (NBSP) and apostrophe normalisation; a capital first letter (sentence start) is the same word.
// No substring either way: "Nusra" is not found by "Nusra Front", nor "rebel-backer Turkey" by "Turkey".
// Forms the reader lists that are not in the body, or are wider than a name, are listed below with why.

export const normForm = (s: string): string => s.replace(/[’‘ʼ`´]/g, "'").replace(/[\s\u00a0]+/g, ' ').trim();

export function sameForm(found: string, written: string): boolean {
  const a = normForm(found);
  const b = normForm(written);
  return a === b || (a.length === b.length && a.slice(1) === b.slice(1) && a[0].toLowerCase() === b[0].toLowerCase());
}

/** A key for the tables below: file, article index, faction id and the form as the reader wrote it. */
export const formKey = (file: string, article: number, id: string, form: string): string => `${file}#${article} ${id} "${form}"`;

/**
 * Forms the reader lists that the body does not contain as such (they are in a headline or a caption, which
 * the cleaner keeps out of the body, or the reader's words differ from the text). `instead`: what the body
 * writes there, which must then be found exactly.
 */
export const FORMS_NOT_IN_BODY: Record<string, { why: string; instead?: string }> = {
  [formKey('000_52fcd04fc6c331c4.txt', 0, 'al-nusra-front', 'Nusra')]: {
    why: 'alone only in the headline ("Rapprochement Between Nusra, Moderate Factions ..."); the body writes it only inside "Nusra Front"',
  },
  [formKey('003_473a6494df15afd6.txt', 0, 'al-nusra-front', 'Jabhat al-Nusra')]: {
    why: 'only in the photo caption above the body ("Rebels from al-Qaida-affiliated Jabhat al-Nusra, also known as the Nusra Front, wave ...")',
  },
  [formKey('003_473a6494df15afd6.txt', 0, 'al-qaeda', 'al-Qaida')]: {
    why: 'only in the same photo caption ("al-Qaida-affiliated")',
  },
  [formKey('004_633bca3da01a4727.txt', 0, 'syrian-government', 'the Syrian government')]: {
    why: 'the body writes "a Syrian government offensive": the reader\'s "the" is not in the text',
    instead: 'Syrian government',
  },
};

/**
 * Forms where the reader's phrase holds the name and words around it that are not part of it. `name` must be
 * found exactly, inside an occurrence of the phrase.
 */
export const FORMS_WIDER_THAN_NAME: Record<string, { name: string; why: string }> = {
  [formKey('004_633bca3da01a4727.txt', 0, 'turkey', 'rebel-backer Turkey')]: {
    name: 'Turkey',
    why: '"rebel-backer" is an epithet set before the name; in the same sentence the reader records "Assad ally Russia" as "Russia"',
  },
};

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]");

/** Whole-word, case-insensitive occurrences of a phrase in a text, any run of spaces or NBSPs between words. */
export function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${normForm(phrase).split(' ').map(escape).join('[\\s\\u00a0]+')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Where the form stands in the body on its own: occurrences that are not inside an occurrence of a longer
 * form the reader lists for the same article ("Nusra" inside "Nusra Front" is that name, not "Nusra").
 */
export function ownOccurrences(body: string, form: string, allForms: string[]): { start: number; end: number }[] {
  const longer = allForms.filter((f) => normForm(f).length > normForm(form).length && normForm(f).toLowerCase().includes(normForm(form).toLowerCase()));
  const covered = longer.flatMap((f) => occurrences(body, f));
  return occurrences(body, form).filter((o) => !covered.some((c) => c.start <= o.start && o.end <= c.end));
}

interface MentionLike {
  entityId: string;
  start: number;
  end: number;
  surface: string;
}

/**
 * Problems with one faction's forms in one article body, as readable lines (empty when all is well).
 * `used` collects the table keys consulted, so stale entries can be reported.
 */
export function formProblems(
  file: string,
  article: number,
  body: string,
  mentions: MentionLike[],
  faction: { id: string; as_written: string[] },
  allForms: string[],
  used: Set<string>,
): string[] {
  const out: string[] = [];
  const mine = mentions.filter((m) => m.entityId === faction.id);
  const found = (form: string): boolean => mine.some((m) => sameForm(m.surface, form));
  // A phrase listed as wider than a name holds that name: it does not hide the name's own occurrences.
  const widerHere = Object.keys(FORMS_WIDER_THAN_NAME).filter((k) => k.startsWith(`${file}#${article} `));
  const covering = allForms.filter((f) => !widerHere.some((k) => k.endsWith(` "${f}"`)));
  for (const form of faction.as_written) {
    const key = formKey(file, article, faction.id, form);
    const absent = FORMS_NOT_IN_BODY[key];
    const wider = FORMS_WIDER_THAN_NAME[key];
    if (absent) used.add(key);
    if (wider) used.add(key);
    const own = ownOccurrences(body, form, covering);
    if (own.length === 0) {
      if (!absent) out.push(`${key} is not in the body on its own: say why in FORMS_NOT_IN_BODY`);
      else if (absent.instead && !found(absent.instead)) out.push(`${key}: "${absent.instead}" (written instead) not found`);
      continue;
    }
    if (absent) out.push(`${key} is in the body after all: remove it from FORMS_NOT_IN_BODY`);
    if (wider) {
      if (!own.some((o) => mine.some((m) => m.start >= o.start && m.end <= o.end && sameForm(m.surface, wider.name)))) {
        out.push(`${key}: the name "${wider.name}" not found inside it`);
      }
    } else if (!found(form)) {
      out.push(`${key} not found; found ${JSON.stringify([...new Set(mine.map((m) => normForm(m.surface)))])}`);
    }
  }
  return out;
}

/** Every table entry must have been consulted by the checks (a renamed seed or form leaves no stale excuse). */
export function unusedExceptions(used: Set<string>): string[] {
  return [...Object.keys(FORMS_NOT_IN_BODY), ...Object.keys(FORMS_WIDER_THAN_NAME)].filter((k) => !used.has(k));
}
