// The one contract between the renderer and everything else. Main registers its IPC handlers from
// API_INPUTS, preload builds window.dossier from API_METHOD_NAMES, the browser test harness serves the
// same table over loopback HTTP. Adding a method = one input schema + one entry in ApiMethods; the
// Record types below make a missing handler a compile error.
import { z } from 'zod';
import { BLOCS, HIGHLIGHT_COLORS, LINEAGE_RELATIONS } from './model';
import type {
  ArticleDetail,
  ArticleSummary,
  FactionDetail,
  FactionEditRecord,
  FactionNetwork,
  FactionPage,
  FactionSuggestion,
  FactionSummary,
  GazetteerEntrySummary,
  Highlight,
  LibraryHighlight,
  MentionTimeline,
  RetagProgress,
  ImportProgress,
  ImportReport,
  NearDuplicate,
  NearDuplicateDecision,
  RecleanProgress,
  RecleanReport,
  SearchHit,
  Settings,
  TagCount,
} from './model';

const articleId = z.number().int().positive();
const tagName = z
  .string()
  .trim()
  .min(1, 'A tag needs at least one character')
  .max(64, 'A tag can be at most 64 characters')
  .refine((s) => !/[\n\r\t]/.test(s), 'A tag cannot contain line breaks or tabs');
const filePath = z.string().min(1).max(4096);
const factionId = z.string().min(1).max(200);
const factionName = z.string().trim().min(2, 'A faction name needs at least two characters').max(200);
const bloc = z.enum(BLOCS);
const libraryFilter = {
  factionIds: z.array(factionId).max(50).optional(),
  factionMode: z.enum(['all', 'any']).optional(),
  withLineage: z.boolean().optional(),
  blocs: z.array(bloc).max(BLOCS.length).optional(),
  tag: z.string().min(1).max(64).optional(),
};
const lineageRelation = z.enum(LINEAGE_RELATIONS);
const highlightId = z.number().int().positive();
const bodyOffset = z.number().int('Offsets are whole numbers').min(0, 'Offsets cannot be negative').max(100_000_000);
const highlightColor = z.enum(HIGHLIGHT_COLORS, { error: `A highlight colour is one of ${HIGHLIGHT_COLORS.join(', ')}` });
const highlightComment = z.string().max(10_000, 'A highlight comment can be at most 10,000 characters; longer thoughts belong in the article note');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Dates are YYYY, YYYY-MM or YYYY-MM-DD');

export const API_INPUTS = {
  listArticles: z.strictObject(libraryFilter),
  getArticle: z.strictObject({ id: articleId }),
  listFactions: z.strictObject({}),
  getFaction: z.strictObject({ id: z.string().min(1).max(200) }),
  importPaths: z.strictObject({ paths: z.array(filePath).min(1).max(10_000) }),
  /** Files dropped without a path on disk (e.g. from a browser): their bytes, base64. */
  importContents: z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(1024),
          base64: z.string().max(100 * 1024 * 1024),
        }),
      )
      .min(1)
      .max(1000),
  }),
  addTag: z.strictObject({ articleId, tag: tagName }),
  removeTag: z.strictObject({ articleId, tag: tagName }),
  listTags: z.strictObject({}),
  saveNote: z.strictObject({ articleId, text: z.string().max(5_000_000) }),
  /**
   * Highlights the body's text at [start, end) (UTF-16 offsets, as in mentions). White space at either
   * end of the selection is left out; the highlight returned has the offsets actually used.
   */
  addHighlight: z
    .strictObject({ articleId, start: bodyOffset, end: bodyOffset, color: highlightColor.optional(), comment: highlightComment.optional() })
    .refine((input) => input.end > input.start, { message: 'A highlight must end after it starts: select at least one character', path: ['end'] }),
  /** Changes a highlight's colour or comment; an empty or null comment removes it. Omitted fields stay. */
  updateHighlight: z.strictObject({ id: highlightId, color: highlightColor.optional(), comment: highlightComment.nullable().optional() }),
  removeHighlight: z.strictObject({ id: highlightId }),
  /** Highlights of one article, or of the whole library; newest first, each with its article's title. */
  listHighlights: z.strictObject({ articleId: articleId.optional() }),
  search: z.strictObject({ query: z.string().max(500), limit: z.number().int().min(1).max(500).optional() }),
  /** Stops a running import after the file in hand; every file already imported stays, whole. */
  cancelImport: z.strictObject({ jobId: z.string().min(1).max(100) }),
  listNearDuplicates: z.strictObject({}),
  resolveNearDuplicate: z.strictObject({
    articleId,
    otherId: articleId,
    decision: z.enum(['keep-both', 'skip', 'link']),
  }),
  /** Re-runs cleaning on the stored originals; tags, notes and links stay attached. No ids = the whole library. */
  recleanArticles: z.strictObject({ articleIds: z.array(articleId).max(100_000).optional() }),
  getSettings: z.strictObject({}),
  /** Every entry of the effective gazetteer (shipped + the analyst's), for pickers. */
  listGazetteer: z.strictObject({}),
  getFactionPage: z.strictObject({ id: factionId }),
  getFactionNetwork: z.strictObject({ filter: z.strictObject(libraryFilter).optional(), maxNodes: z.number().int().min(2).max(200).optional() }),
  getMentionTimeline: z.strictObject({ filter: z.strictObject(libraryFilter).optional(), factionIds: z.array(factionId).max(20).optional() }),
  saveFactionNote: z.strictObject({ factionId, text: z.string().max(1_000_000) }),
  listFactionSuggestions: z.strictObject({ status: z.enum(['open', 'accepted', 'dismissed']).optional() }),
  acceptFactionSuggestion: z.strictObject({
    suggestionId: z.number().int().positive(),
    name: factionName,
    bloc,
    kind: z.enum(['faction', 'coalition', 'state-force', 'governance']).optional(),
    aliases: z.array(factionName).max(50).optional(),
    lineage: z.array(z.strictObject({ relation: lineageRelation, targetId: factionId, date: isoDate.nullable().optional() })).max(20).optional(),
  }),
  dismissFactionSuggestion: z.strictObject({ suggestionId: z.number().int().positive() }),
  addFactionAlias: z.strictObject({ factionId, alias: factionName }),
  renameFaction: z.strictObject({ factionId, name: factionName }),
  mergeFactions: z.strictObject({ sourceId: factionId, targetId: factionId }),
  /** Takes an alias away from a faction; with newFactionName, the alias becomes a faction of its own. */
  splitFactionAlias: z.strictObject({ factionId, alias: factionName, newFactionName: factionName.optional(), bloc: bloc.optional() }),
  addLineageLink: z.strictObject({ factionId, relation: lineageRelation, targetId: factionId, date: isoDate.nullable().optional() }),
  /** "Not this faction": this one mention is dropped now and after every re-match. */
  rejectMention: z.strictObject({ mentionId: z.number().int().positive() }),
  listFactionEdits: z.strictObject({}),
  updateSettings: z.strictObject({ inboxFolder: z.string().min(1).max(4096).nullable().optional() }),
  /** Shell method: the native open dialog (files, or folders), then an import of what was chosen. Null when cancelled. */
  chooseAndImport: z.strictObject({ folders: z.boolean().optional() }),
  /** Shell method: pick the inbox folder with the native dialog and save it in the settings. Null when cancelled. */
  chooseInboxFolder: z.strictObject({}),
} as const;

export type ApiMethodName = keyof typeof API_INPUTS;
export type ApiInput<M extends ApiMethodName> = z.input<(typeof API_INPUTS)[M]>;
export type ApiParsedInput<M extends ApiMethodName> = z.output<(typeof API_INPUTS)[M]>;

export interface ApiOutputs {
  listArticles: ArticleSummary[];
  getArticle: ArticleDetail;
  listFactions: FactionSummary[];
  getFaction: FactionDetail;
  importPaths: ImportReport;
  importContents: ImportReport;
  addTag: string[];
  removeTag: string[];
  listTags: TagCount[];
  saveNote: { savedAt: string };
  addHighlight: Highlight;
  updateHighlight: Highlight;
  removeHighlight: { removed: boolean };
  listHighlights: LibraryHighlight[];
  search: SearchHit[];
  cancelImport: { cancelled: boolean };
  listNearDuplicates: NearDuplicate[];
  resolveNearDuplicate: { decision: NearDuplicateDecision; removedArticleId: number | null };
  recleanArticles: RecleanReport;
  getSettings: Settings;
  listGazetteer: GazetteerEntrySummary[];
  getFactionPage: FactionPage;
  getFactionNetwork: FactionNetwork;
  getMentionTimeline: MentionTimeline;
  saveFactionNote: { savedAt: string };
  listFactionSuggestions: FactionSuggestion[];
  acceptFactionSuggestion: { factionId: string };
  dismissFactionSuggestion: { dismissed: boolean };
  addFactionAlias: FactionEditRecord;
  renameFaction: FactionEditRecord;
  mergeFactions: FactionEditRecord;
  splitFactionAlias: FactionEditRecord;
  addLineageLink: FactionEditRecord;
  rejectMention: { rejected: boolean };
  listFactionEdits: FactionEditRecord[];
  updateSettings: Settings;
  chooseAndImport: ImportReport | null;
  chooseInboxFolder: Settings | null;
}

export type ApiOutput<M extends ApiMethodName> = ApiOutputs[M];

export const API_METHOD_NAMES = Object.keys(API_INPUTS) as ApiMethodName[];

/** Methods the shell (Electron main, or the test harness) answers itself instead of the core. */
export const SHELL_METHODS = ['chooseAndImport', 'chooseInboxFolder'] as const satisfies readonly ApiMethodName[];
export type ShellMethodName = (typeof SHELL_METHODS)[number];
export type CoreMethodName = Exclude<ApiMethodName, ShellMethodName>;

/** Server-side table: one handler per method, given parsed input. */
export type ApiHandlers<Names extends ApiMethodName = ApiMethodName> = {
  [M in Names]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>>;
};

/** Client-side view: what the renderer calls. */
export type DossierApi = {
  [M in ApiMethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
};

export type MenuCommand = 'import-files' | 'import-folder' | 'focus-search' | 'toggle-theme';

export interface ApiEvents {
  importProgress: ImportProgress;
  recleanProgress: RecleanProgress;
  /** The library is being re-tagged after a gazetteer edit. */
  retagProgress: RetagProgress;
  /** The watched inbox folder imported files by itself. */
  inboxImported: ImportReport;
  libraryChanged: { reason: string };
  /** A menu item or shortcut of the shell asks the window to do something (e.g. File → Import…). */
  menuCommand: { command: MenuCommand };
  /** The window is closing: save anything pending (e.g. the note being typed) now. */
  flushRequest: Record<string, never>;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENT_NAMES: ApiEventName[] = ['importProgress', 'recleanProgress', 'retagProgress', 'inboxImported', 'libraryChanged', 'menuCommand', 'flushRequest'];

export interface DossierBridge {
  api: DossierApi;
  /** Subscribe to core events; returns the unsubscribe function. */
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** The file's path on disk, or '' when it has none (e.g. dragged from a browser). */
  pathForFile(file: File): string;
  platform: 'electron' | 'harness';
}

/** Every reply crosses the boundary in this envelope; errors carry a message for people, never a stack. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };
export type ApiErrorCode = 'invalid-input' | 'not-found' | 'forbidden' | 'unknown-method' | 'internal';

export const IPC_CHANNEL_PREFIX = 'dossier:';
export const IPC_EVENT_CHANNEL = 'dossier-event';
export const ipcChannelFor = (method: ApiMethodName): string => `${IPC_CHANNEL_PREFIX}${method}`;

export function parseApiInput<M extends ApiMethodName>(
  method: M,
  payload: unknown,
): { ok: true; value: ApiParsedInput<M> } | { ok: false; message: string } {
  const result = API_INPUTS[method].safeParse(payload ?? {});
  if (result.success) return { ok: true, value: result.data as ApiParsedInput<M> };
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`)
    .join('; ');
  return { ok: false, message: `Invalid input for ${method}: ${issues}` };
}

export function isApiMethodName(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_INPUTS, name);
}

/** Thrown by core handlers for errors a person should read (not found, bad request). */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
