// Public types of the faction engine (re-exported by index.ts).
import type { Bloc, EntityKind } from '../../../shared/model';
import type { ContextualRule, GazetteerRules } from './schema';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  arabic: string[];
  aliases: string[];
  acronyms: string[];
  misspellings: string[];
  lineage: { relation: string; target: string; date: string | null }[];
  affiliations?: { factionId: string; role?: string | null; from?: string | null; to?: string | null }[];
  active?: { from: string | null; to: string | null };
  source?: string;
  notes?: string[];
  /** Descriptive or risky forms that only count with an anchor in the same text (see schema.ts). */
  contextual?: ContextualRule[];
  /** Aliases knowingly shared with another entry. */
  ambiguous?: string[];
  confidence?: 'high' | 'medium' | 'low';
}

export interface Gazetteer {
  /** Content hash of the data, so the store can tell when to re-match. */
  version: string;
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  rules?: GazetteerRules;
  /** Ids earlier releases shipped, each with the id of the entry that took it in. */
  retired: Record<string, string>;
}

/** Offsets are UTF-16 indices into the ORIGINAL text; surface === text.slice(start, end). */
export interface FactionMatch {
  entityId: string;
  start: number;
  end: number;
  surface: string;
}

export interface FactionMatcher {
  /** Mentions sorted by start, non-overlapping. */
  match(text: string): FactionMatch[];
}
