// zod schema of resources/factions.json (the gazetteer). Data rules that need the whole file
// (unique ids, lineage targets exist) are checked in loader.ts.
import { z } from 'zod';
import { BLOCS, ENTITY_KINDS, LINEAGE_RELATIONS } from '../../../shared/model';

export { LINEAGE_RELATIONS, type LineageRelation } from '../../../shared/model';

/** ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1);

export const lineageLinkSchema = z.object({
  relation: z.enum(LINEAGE_RELATIONS),
  target: z.string().regex(/^[a-z0-9-]+$/, 'lineage target must be a gazetteer id (no ext: ids)'),
  date: isoDate.nullable(),
});

export const affiliationSchema = z.object({
  factionId: z.string().regex(/^[a-z0-9-]+$/),
  role: z.string().nullable().optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
});

/**
 * Contextual phrases: descriptive forms ("the regime", "Syrian army"), anaphoric heads ("the Front") or risky
 * short forms ("IS", "SNA") that only count when the context makes the entity clear. An anchor is
 *   - a word or phrase (compared with normaliseForMatch), found anywhere in the text, or within `window`
 *     characters of the phrase when `window` is set;
 *   - "$<set>": every word or phrase of rules.anchorSets[<set>] (e.g. "$syria": Syria, Damascus, Idlib...);
 *   - "@self" = the same entity is named elsewhere in the text by an ordinary (unambiguous) form, or
 *     "@<id>" = that entity is, or "@*" = any entry that is neither a person nor a state force is (the text
 *     is about the Syrian factions).
 * The phrase counts when ANY anchor holds. Phrases may use "(a|b)" and "[optional]".
 * When several entries claim the same phrase at the same place, the one whose anchor holds wins; among
 * antecedent rules, the entity named most recently before the phrase wins ("the Front" after "Jabhat
 * al-Nusra" is al-Nusra even if the Levant Front was named in the first paragraph).
 */
export const contextualSchema = z.object({
  phrases: z.array(nonEmpty).min(1),
  anchors: z.array(nonEmpty).min(1),
  /**
   * Match the phrases case-sensitively as whole words (for acronyms like "IS" and capitalised heads like
   * "the Front"). A lower-case first letter of the phrase may be capitalised in the text (sentence start).
   */
  caseSensitive: z.boolean().optional(),
  /**
   * "@" anchors must have been named by an unambiguous form EARLIER in the text (an anaphor: "the Front"
   * after "Jabhat al-Nusra"); a later naming does not count.
   */
  requiresAntecedent: z.boolean().optional(),
  /** Word anchors must lie within this many characters before or after the phrase (a nearby qualifier). */
  window: z.number().int().positive().optional(),
  /**
   * The phrase does not count when the next word (directly joined, no punctuation between) is one of
   * these (compared lower case, diacritics and apostrophes removed); "@Capitalised" = any word that starts
   * with a capital letter ("the Front Line", "the Army of Islam" are other names); "$<set>" = every item of
   * rules.anchorSets[<set>].
   */
  notFollowedBy: z.array(nonEmpty).optional(),
});

export const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be kebab-case'),
  name: nonEmpty,
  kind: z.enum(ENTITY_KINDS),
  bloc: z.enum(BLOCS),
  arabic: z.array(nonEmpty),
  /** English names, transliteration variants, informal names; matched case-insensitively after normalisation. May use "(a|b)" and "[optional]". */
  aliases: z.array(nonEmpty),
  /** Matched case-sensitively as whole words. */
  acronyms: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u, 'an acronym is one word (put hyphenated forms in aliases)')),
  /** Known misspellings seen in real text ("Ahrah al-Sham"); matched like aliases. */
  misspellings: z.array(nonEmpty),
  contextual: z.array(contextualSchema).optional(),
  /** Aliases knowingly shared with another entry (the first entry in the file wins in the matcher). */
  ambiguous: z.array(nonEmpty).optional(),
  active: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).optional(),
  lineage: z.array(lineageLinkSchema),
  affiliations: z.array(affiliationSchema).optional(),
  source: z.string().optional(),
  confidence: z.enum(['high', 'medium', 'low']).optional(),
  notes: z.array(z.string()).optional(),
});

export const rulesSchema = z.object({
  /**
   * A state force named as somebody's sponsor ("backed by Turkey", "Iran-backed militias") is not an actor
   * in the story: such mentions are dropped. `before`: phrases directly before the name (a run of
   * capitalised words joined by "and"/"," may sit between, "backed by Saudi Arabia and Turkey"; a phrase
   * ending in a one-letter Arabic proclitic, "الموالية ل", wants that letter on the name: "الموالية لإيران");
   * `after`: a word hyphenated to the name ("Iran-backed").
   */
  sponsorCues: z
    .object({
      kinds: z.array(z.enum(ENTITY_KINDS)),
      before: z.array(nonEmpty),
      after: z.array(nonEmpty),
      /**
       * Words hyphenated directly before a state's name or adjective that make it qualify others: "pro-Iranian
       * militias", "anti-Turkey factions". Applies to longer forms too, not only to a bare name.
       */
      prefixes: z.array(nonEmpty).optional(),
      /**
       * A bare state name in the possessive directly before another entry's name qualifies that entry and is
       * not a mention of its own: "Russia's Wagner Group", "Iran's Revolutionary Guards".
       */
      possessive: z.boolean().optional(),
      /**
       * Nouns of patronage after a state's name in the possessive: "the Zionist regime's support for the Takfiri
       * groups", "Turkey's backing of the factions" make the state a sponsor, whatever the form of its name.
       */
      possessiveNouns: z.array(nonEmpty).optional(),
    })
    .optional(),
  /**
   * Words that make a name part of another proper noun: a place, a building, an airline ("Nusra Street",
   * "Ahrar School", "Lake Assad", "شارع حزب الله"). `after`: a capitalised word directly after the name;
   * `before`: a word directly before it (capitalised, unless Arabic). Such a name is not a mention, and
   * no shorter name inside it is either.
   */
  properNouns: z.object({ after: z.array(nonEmpty), before: z.array(nonEmpty) }).optional(),
  /**
   * Titles before a person's name. A mention of a faction or state built on the name starts after the title,
   * as a reader marks it: "President Bashar al-Assad's government" is "Bashar al-Assad's government".
   */
  titles: z.array(nonEmpty).optional(),
  /** Phrases that are never mentions and block shorter matches inside them ("an Islamic state"). Lower-case words must be lower case in the text. */
  stopPhrases: z.array(nonEmpty).optional(),
  /** Named anchor lists for contextual rules ("$syria" in an anchors list stands for every item of anchorSets.syria). */
  anchorSets: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(nonEmpty)).optional(),
});

export const gazetteerFileSchema = z.object({
  $comment: z.string().optional(),
  version: z.string().optional(),
  rules: rulesSchema.optional(),
  entries: z.array(entrySchema),
  /**
   * Ids an earlier release shipped and this one folded into another entry, each with the id that now stands
   * for it. An analyst's corrections and notes made on the old id follow it to the new one.
   */
  retired: z.record(z.string().min(1), z.string().min(1)).optional(),
});

export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
export type GazetteerRules = z.infer<typeof rulesSchema>;
export type ContextualRule = z.infer<typeof contextualSchema>;
