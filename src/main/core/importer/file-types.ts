import path from 'node:path';

export type SupportedKind = 'text' | 'markdown' | 'html';

const KINDS: Record<string, SupportedKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

const MEDIA_TYPES: Record<SupportedKind, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
};

export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

export function kindOfFile(filePath: string): SupportedKind | null {
  return KINDS[path.extname(filePath).toLowerCase()] ?? null;
}

export function mediaTypeOf(kind: SupportedKind): string {
  return MEDIA_TYPES[kind];
}

export function unsupportedReason(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  return `${ext ? `"${ext}" files are` : 'Files without an extension are'} not supported yet. Dossier imports ${SUPPORTED_EXTENSIONS.join(', ')}.`;
}
