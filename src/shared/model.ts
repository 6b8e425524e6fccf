// Domain types shared by the core, the shell, the preload bridge and the renderer.
// Plain data only: no node:, DOM or electron imports here.

export const BLOCS = [
  'jihadist',
  'islamist',
  'rebel',
  'turkish-backed',
  'kurdish-led',
  'government',
  'pro-government',
  'foreign-state',
  'governance',
  'other',
] as const;
export type Bloc = (typeof BLOCS)[number];

export const ENTITY_KINDS = ['faction', 'coalition', 'state-force', 'governance', 'person'] as const;

/** How one faction's history links to another's, read as "this faction … the other". */
export const LINEAGE_RELATIONS = [
  'renamed-to',
  'renamed-from',
  'merged-into',
  'merged-from',
  'split-from',
  'split-into',
  'absorbed',
  'absorbed-by',
  'member-of',
  'dissolved-into',
  'evolved-from',
  'evolved-into',
] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Where a publication date came from. Only 'stated' and 'metadata' are publication dates proper. */
export const DATE_SOURCES = ['stated', 'metadata', 'caption', 'page-clock', 'unknown'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export type MentionLocation = 'body' | 'comment';

export interface FactionChip {
  id: string;
  name: string;
  bloc: Bloc;
  count: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD or null */
  date: string | null;
  dateSource: DateSource;
  factions: FactionChip[];
  tags: string[];
  importedAt: string;
}

export interface ReaderComment {
  id: number;
  author: string | null;
  text: string;
}

export interface Mention {
  id: number;
  entityId: string;
  start: number;
  end: number;
  surface: string;
  location: MentionLocation;
  /** The comment's id when location is 'comment'. */
  commentId: number | null;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

interface HighlightBase {
  id: number;
  articleId: number;
  /** The highlighted words exactly as they read in the body (for an orphaned highlight: as they last read). */
  text: string;
  /** Up to 32 characters of the body before and after the words, used to find them again after a re-clean. */
  prefix: string;
  suffix: string;
  color: HighlightColor;
  /** The reader's note on this passage. */
  comment: string | null;
  createdAt: string;
  /** When the reader last changed the colour or the comment. */
  updatedAt: string;
}

/** A highlight on the body as it reads now: body.slice(start, end) === text (UTF-16 offsets, like mentions). */
export interface AnchoredHighlight extends HighlightBase {
  orphaned: false;
  start: number;
  end: number;
}

/**
 * A re-clean changed the body and the words could no longer be found in it. The highlight is kept, with
 * its text, so the reader still sees what they marked; it has no place in the body to paint. A later
 * re-clean that brings the words back anchors it again.
 */
export interface OrphanedHighlight extends HighlightBase {
  orphaned: true;
  start: null;
  end: null;
}

export type Highlight = AnchoredHighlight | OrphanedHighlight;

/** A highlight in the library-wide overview, with the title of its article. */
export type LibraryHighlight = Highlight & { articleTitle: string };

export interface LineageLink {
  relation: string;
  targetId: string;
  targetName: string;
  date: string | null;
}

export interface ArticleFaction {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  /** Mentions in the article body. */
  count: number;
  /** Distinct surface forms as written in the body. */
  forms: string[];
  /** e.g. "formerly Jabhat al-Nusra, later part of Hay'at Tahrir al-Sham" */
  lineageHint: string | null;
}

export interface ArticleDetail {
  id: number;
  title: string;
  subtitle: string | null;
  author: string | null;
  outlet: string | null;
  date: string | null;
  dateSource: DateSource;
  /** The text the date was read from, so the reader can judge it. */
  dateEvidence: string | null;
  body: string;
  direction: 'ltr' | 'rtl';
  comments: ReaderComment[];
  sourcePath: string;
  sourceFileId: number;
  contentHash: string;
  importedAt: string;
  /** Factions of the body only (people excluded), most mentioned first. */
  factions: ArticleFaction[];
  /** People named in the body, linked to their factions. */
  people: ArticleFaction[];
  /** Every mention, body and comments. */
  mentions: Mention[];
  tags: string[];
  note: string;
  noteUpdatedAt: string | null;
  /** The reader's highlights: anchored ones in body order, then orphaned ones. */
  highlights: Highlight[];
  /** How sure the date is: metadata or an explicit "Published" line is high, a caption or clock low. */
  dateConfidence: 'high' | 'medium' | 'low' | null;
  /** Other versions of the same story the reader linked (syndicated copies, re-imports). */
  versions: ArticleVersion[];
  /** Undecided near-duplicates involving this article. */
  nearDuplicates: NearDuplicate[];
  /** Text encoding the original file was read in. */
  encoding: string | null;
}

export interface FactionSummary {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  arabicName: string | null;
  /** Articles whose body mentions it. */
  articles: number;
  /** Body mentions across the library. */
  mentions: number;
  lineageHint: string | null;
}

export interface FactionDetail extends FactionSummary {
  aliases: string[];
  lineage: LineageLink[];
}

/** 'cancelled': the batch was cancelled before this file was read; nothing of it was stored. */
export type ImportStatus = 'imported' | 'duplicate' | 'unsupported' | 'failed' | 'cancelled';

export interface SimilarArticle {
  /** The article just imported. */
  articleId: number;
  /** The article already in the library that it resembles. */
  similarTo: { id: number; title: string; outlet: string | null };
  /** Estimated share of shared word sequences, 0..1 (shown as "93% alike"). */
  similarity: number;
}

export interface ImportFileOutcome {
  path: string;
  status: ImportStatus;
  articles: number[];
  error?: string;
  /** For duplicates: the articles that already hold this content. */
  duplicateOf?: number[];
  /** Articles of this file that look like ones already in the library (near-duplicates to decide on). */
  similar?: SimilarArticle[];
}

export interface ImportReport {
  files: ImportFileOutcome[];
}

export interface ImportProgress {
  jobId: string;
  total: number;
  done: number;
  currentPath: string | null;
  imported: number;
  duplicates: number;
  unsupported: number;
  failed: number;
  articles: number;
  /** Near-duplicates found so far in this batch. */
  similar: number;
  startedAt: string;
  elapsedSeconds: number;
  /** Estimated seconds left, from the pace so far; null until there is a pace. */
  etaSeconds: number | null;
  cancelled: boolean;
  finished: boolean;
}

export type NearDuplicateDecision = 'keep-both' | 'skip' | 'link';

export interface NearDuplicate {
  articleId: number;
  title: string;
  outlet: string | null;
  otherId: number;
  otherTitle: string;
  otherOutlet: string | null;
  similarity: number;
  foundAt: string;
}

export interface ArticleVersion {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
}

export interface RecleanProgress {
  jobId: string;
  total: number;
  done: number;
  changed: number;
  failed: number;
  finished: boolean;
}

export interface RecleanReport {
  total: number;
  changed: number;
  unchanged: number;
  failed: { articleId: number; error: string }[];
}

export interface Settings {
  /** A folder whose new files are imported automatically; null when off. */
  inboxFolder: string | null;
}

export interface SearchHit {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  score: number;
  /** Words to highlight in the reader, as the user typed them or as they matched. */
  terms: string[];
  snippet: string | null;
}

export interface TagCount {
  name: string;
  articles: number;
}

export interface LibraryFilter {
  factionIds?: string[];
  /** 'all': every chosen faction is mentioned (AND); 'any': at least one is (OR). Default 'all'. */
  factionMode?: 'all' | 'any';
  /** Count a faction's predecessors too (what it was renamed from, merged from, absorbed): HTS includes Nusra and JFS. */
  withLineage?: boolean;
  /** Articles mentioning at least one faction of one of these blocs. */
  blocs?: Bloc[];
  tag?: string;
}

export interface LineageEvent {
  date: string | null;
  /** e.g. "renamed to", "merged into", "formed from" (as read from this faction's side). */
  relation: string;
  otherId: string;
  otherName: string;
  /** True when the link was added by the analyst. */
  byUser: boolean;
}

export interface FactionArticle {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  dateSource: DateSource;
  mentions: number;
  /** The sentence of the first mention in the body. */
  sentence: string;
}

export interface CoMention {
  id: string;
  name: string;
  bloc: Bloc;
  /** Articles mentioning both. */
  articles: number;
}

export interface FactionPage extends FactionDetail {
  arabicNames: string[];
  acronyms: string[];
  active: { from: string | null; to: string | null } | null;
  source: string | null;
  notesFromGazetteer: string[];
  /** Origin of the entry: shipped gazetteer or the analyst's own. */
  origin: 'gazetteer' | 'user';
  /** Lineage as a timeline, oldest first. */
  timeline: LineageEvent[];
  /** People linked to this faction (leaders). */
  people: { id: string; name: string; role: string | null }[];
  articleList: FactionArticle[];
  coMentions: CoMention[];
  /** The analyst's own note on this faction. */
  note: string;
}

export interface FactionNetwork {
  nodes: { id: string; name: string; bloc: Bloc; articles: number }[];
  edges: { source: string; target: string; articles: number }[];
  /** Articles the network was built from (after the filter). */
  articleCount: number;
}

export interface TimelineBucket {
  /** YYYY-MM */
  period: string;
  articles: number;
  /** Body mentions per faction in articles of that month. */
  mentions: Record<string, number>;
  articleIds: number[];
}

export interface MentionTimeline {
  buckets: TimelineBucket[];
  /** Filtered articles with no known date. */
  undated: number;
  factions: { id: string; name: string; bloc: Bloc }[];
}

export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

export interface FactionSuggestion {
  id: number;
  name: string;
  status: SuggestionStatus;
  articles: number;
  occurrences: number;
  contexts: { articleId: number; articleTitle: string; sentence: string }[];
  acceptedFactionId: string | null;
}

export type FactionEditKind = 'add-alias' | 'remove-alias' | 'rename' | 'merge-into' | 'add-lineage' | 'create' | 'set-bloc';

export interface FactionEditRecord {
  id: number;
  kind: FactionEditKind;
  factionId: string;
  value: string | null;
  targetId: string | null;
  createdAt: string;
  summary: string;
}

export interface RetagProgress {
  done: number;
  total: number;
  finished: boolean;
  reason: string;
  /** Set when the pass failed: what happened and what will happen next, for people. */
  error?: string;
}

export interface GazetteerEntrySummary {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  origin: 'gazetteer' | 'user';
}
