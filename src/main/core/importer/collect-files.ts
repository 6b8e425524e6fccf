import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSavedPageAssetFolder } from './formats/saved-page';

/** `size`: the file's length in bytes when listed (0 when it could not be read). */
export type CollectedEntry = { path: string; problem: null; size: number } | { path: string; problem: string; size: 0 };

/**
 * Expands folders recursively into their files, in a stable order. Hidden files and folders (".git",
 * ".DS_Store") are not a user's articles and are passed over, and so is the "X_files" folder of a page
 * saved "complete" beside "X.html" (its images and scripts; the page itself is read). A folder named
 * explicitly is always walked. Anything else is returned, supported or not, so that every file gets an outcome.
 */
export function collectFiles(paths: string[]): CollectedEntry[] {
  const entries: CollectedEntry[] = [];
  const seen = new Set<string>();
  const visit = (target: string, explicit: boolean): void => {
    const resolved = path.resolve(target);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    let stats;
    try {
      stats = statSync(resolved);
    } catch (error) {
      entries.push({ path: resolved, problem: describeFsError(error, resolved), size: 0 });
      return;
    }
    if (stats.isDirectory()) {
      if (!explicit && isSavedPageAssetFolder(resolved)) return;
      let names: string[];
      try {
        names = readdirSync(resolved).sort((a, b) => a.localeCompare(b));
      } catch (error) {
        entries.push({ path: resolved, problem: describeFsError(error, resolved), size: 0 });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        visit(path.join(resolved, name), false);
      }
      return;
    }
    if (!stats.isFile()) {
      if (explicit) entries.push({ path: resolved, problem: 'This is not a regular file (a device, socket or pipe).', size: 0 });
      return;
    }
    entries.push({ path: resolved, problem: null, size: stats.size });
  };
  for (const target of paths) visit(target, true);
  return entries;
}

export function describeFsError(error: unknown, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `Nothing exists at ${filePath}; it may have been moved or deleted.`;
    case 'EACCES':
    case 'EPERM':
      return `Dossier is not allowed to read ${filePath}; check the file's permissions.`;
    case 'EISDIR':
      return `${filePath} is a folder, not a file.`;
    default:
      return `Could not read ${filePath}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
