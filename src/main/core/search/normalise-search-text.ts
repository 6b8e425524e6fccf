// One normalisation for everything that is searched, applied to indexed text and to queries alike, so
// that a reader who types without diacritics or with another alef form still finds the article.
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ -> ا
const TAA_MARBUTA = /\u0629/g; // ة -> ه
const ALEF_MAQSURA = /\u0649/g; // ى -> ي
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/g;

/** Any character the replacements below could change: most text has none, and is then left as it is. */
const MAY_NEED_ARABIC_NORMALISING = /[\u0610-\u06FF]/;

export function normaliseArabic(text: string): string {
  if (!MAY_NEED_ARABIC_NORMALISING.test(text)) return text;
  return text
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(TAA_MARBUTA, '\u0647')
    .replace(ALEF_MAQSURA, '\u064A')
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Text as it goes into the FTS index: NFKC, Arabic-normalised. Case and Latin diacritics are left to FTS5's unicode61. */
export function normaliseSearchText(text: string): string {
  return normaliseArabic(text.normalize('NFKC'));
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;

/** The words of a query or field, normalised and lower-cased; apostrophes inside words are dropped ("Hay'at" -> "hayat"). */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const match of normaliseSearchText(text).matchAll(WORD)) {
    const word = match[0].replace(/['’ʼ]/g, '').toLowerCase();
    if (word) words.push(word);
  }
  return words;
}
