// Which files Dossier reads, by extension. Kept apart from the readers so the shell's open dialog and the
// CLI's help can list the formats without loading PDF and Word libraries.
import path from 'node:path';

export type FormatKind = 'text' | 'markdown' | 'html' | 'mhtml' | 'pdf' | 'docx';

export const EXTENSIONS: Readonly<Record<string, FormatKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The format of a file by its extension (case-insensitive), or null when Dossier does not read it. */
export function formatOf(fileName: string): FormatKind | null {
  return EXTENSIONS[path.extname(fileName).toLowerCase()] ?? null;
}

/** Every extension Dossier reads, with the dot (".pdf"). */
export function supportedExtensions(): string[] {
  return Object.keys(EXTENSIONS);
}
