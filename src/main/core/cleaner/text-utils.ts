// Small text helpers shared by the cleaner: normalisation, stop-word density, script and language.

const EN_STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about after before between during ' +
    'against among through without within is are was were be been being has have had do does did will would shall should ' +
    'can could may might must it its this that these those there their they them he his him she her we our you your i me my ' +
    'not no nor so than then also which who whom whose what when where why how all any both each few more most other some ' +
    'such only own same too very just said says while since until because although though however up down out off again ' +
    'further once here one two three new').split(' '),
);
const AR_STOP = new Set(
  ('في من على إلى الى أن ان إن التي الذي الذين عن مع هذا هذه ذلك تلك كان كانت قد لا ما لم لن أو او ثم كما بعد قبل بين ' +
    'حتى عند منذ خلال إلا الا هو هي هم وقد وفي ومن وعلى وأن وكان التى أي اي كل غير ضد حول لدى لكن بل أيضا أيضاً وقال قال ' +
    'وذلك فيما بها به له لها لهم عليه عليها فيه فيها').split(' '),
);
const FR_STOP = new Set('le la les des du de et est une un dans pour sur par au aux qui que ne pas il elle ont sont été avec ce cette'.split(' '));
const DE_STOP = new Set('der die das und ist nicht mit von den dem des ein eine zu auf für im sich auch wurde sind'.split(' '));
const ES_STOP = new Set('el los las del y en que un una por con para es se su lo como más'.split(' '));
const TR_STOP = new Set('ve bir bu da de ile için olarak olan gibi daha çok ama ancak şu en'.split(' '));

/** Collapse runs of white space (incl. NBSP, zero-width) into single spaces and trim. */
export function squash(s: string): string {
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** A comparison key: lower-case letters and digits only, quotes and punctuation removed. */
export function keyOf(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function tokensLower(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
}

/** Share of tokens that are function words (English + Arabic + a few European languages). */
export function stopDensity(s: string): number {
  const toks = tokensLower(s);
  if (toks.length === 0) return 0;
  let n = 0;
  for (const t of toks) {
    const bare = t.replace(/^[وف](?=...)/u, '');
    if (EN_STOP.has(t) || AR_STOP.has(t) || AR_STOP.has(bare) || FR_STOP.has(t) || DE_STOP.has(t) || ES_STOP.has(t)) n++;
  }
  return n / toks.length;
}

const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g;

/** Fraction of letters that are Arabic script. */
export function arabicRatio(s: string): number {
  // Counting with two global regexes is an order of magnitude faster than testing each character.
  const letters = s.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (s.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

export function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

/** Does the script of this text distinguish upper and lower case (Latin, Cyrillic, Greek)? */
export function isCasedScript(s: string): boolean {
  const m = s.match(/\p{L}/u);
  return !!m && m[0].toLowerCase() !== m[0].toUpperCase();
}

/** 'ar' when mostly Arabic script ('fa' when Persian letters dominate), else a guess from function words. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  if (!hasLetters(sample)) return null;
  const ar = arabicRatio(sample);
  if (ar > 0.5) {
    const persian = (sample.match(/[پچژگکی]/g) ?? []).length;
    const arabicOnly = (sample.match(/[ةيك]/g) ?? []).length;
    return persian > arabicOnly ? 'fa' : 'ar';
  }
  const toks = tokensLower(sample);
  if (toks.length < 5) return null;
  const score = (set: Set<string>) => toks.filter((t) => set.has(t)).length / toks.length;
  const scores: [string, number][] = [
    ['en', score(EN_STOP)],
    ['fr', score(FR_STOP)],
    ['de', score(DE_STOP)],
    ['es', score(ES_STOP)],
    ['tr', score(TR_STOP)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] >= 0.12 ? scores[0][0] : null;
}

export function directionOf(language: string | null, text: string): 'ltr' | 'rtl' {
  if (language === 'ar' || language === 'fa' || language === 'he' || language === 'ur') return 'rtl';
  return arabicRatio(text.slice(0, 20000)) > 0.5 ? 'rtl' : 'ltr';
}

/** Ends like a sentence: . ! ? … (Arabic ؟ too), optionally followed by closing quotes/brackets. */
export function endsSentence(s: string): boolean {
  return /[.!?…؟。]["'”’»)\]]*$/u.test(s.trim());
}

/** Normalise a line for vocabulary matching: lower-case, straight quotes, no trailing arrows/colons. */
export function vocabForm(s: string): string {
  return squash(s)
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s»«›‹→←>|•·:.…!\-–—]+$/u, '')
    .replace(/^[\s»«›‹→←>|•·\-–—]+/u, '')
    .trim();
}
