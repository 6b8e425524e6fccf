// The faction engine: gazetteer (resources/factions.json), normaliser, matcher and lineage hints.
// Plain Node: no electron import anywhere under this folder.
export type { GazetteerEntry, Gazetteer, FactionMatch, FactionMatcher } from './types';
export { loadGazetteer, parseGazetteer, defaultGazetteerPath, findProjectRoot, GazetteerError } from './loader';
export { createMatcher } from './matcher';
export { lineageHint } from './lineage';
export { normaliseForMatch, expandPattern } from './normalise';
export { gazetteerFileSchema, entrySchema, LINEAGE_RELATIONS } from './schema';
export { findUnknownGroups, type UnknownGroupCandidate } from './unknown';
