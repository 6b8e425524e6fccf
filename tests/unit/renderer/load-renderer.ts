// The renderer's pure modules, loaded at run time. tsconfig.node.json (which typechecks tests/) is a
// composite project that may not pull in src/renderer files, so these tests import them by a computed
// path and describe the few signatures they use here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const libDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/renderer/src/lib');

export async function loadRendererLib<T>(name: 'highlight' | 'noteSaver' | 'base64'): Promise<T> {
  const file = path.join(libDir, `${name}.ts`);
  return (await import(/* @vite-ignore */ file)) as T;
}

export interface Span {
  start: number;
  end: number;
}
export interface MarkSpan extends Span {
  mentionId: number;
  entityId: string;
}
export type Run =
  | { kind: 'text'; text: string; hit: boolean }
  | { kind: 'mention'; mark: MarkSpan; pieces: { text: string; hit: boolean }[] };

export interface HighlightLib {
  splitParagraphs(text: string): { start: number; end: number; text: string }[];
  marksInRange(mentions: { id: number; entityId: string; start: number; end: number }[], start: number, end: number): MarkSpan[];
  cleanTerm(raw: string): string;
  findTermRanges(text: string, terms: string[]): Span[];
  buildRuns(text: string, marks: MarkSpan[], hits: Span[]): Run[];
  bodyMarksByEntity(
    body: string,
    mentions: { id: number; entityId: string; start: number; end: number; location: string }[],
  ): Map<string, number[]>;
}

export type NoteStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; message: string };

export interface NoteSaverInstance {
  edit(articleId: number, text: string): void;
  flush(): Promise<void>;
  draftFor(articleId: number): string | undefined;
  statusFor(articleId: number): NoteStatus | undefined;
}

export interface NoteSaverLib {
  NoteSaver: new (options: {
    save: (articleId: number, text: string) => Promise<{ savedAt: string }>;
    onStatus: (articleId: number, status: NoteStatus) => void;
    onError?: (articleId: number, message: string) => void;
    delayMs?: number;
  }) => NoteSaverInstance;
}

export interface Base64Lib {
  bytesToBase64(bytes: Uint8Array): string;
}
