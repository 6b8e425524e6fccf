import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Suffixes browsers give the asset folder of a page saved "complete" (Chrome, Firefox, Edge, Safari: "_files"). */
const ASSET_SUFFIXES = ['_files'];
const PAGE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];

/**
 * True for a folder that holds the images, scripts and styles of a page saved "complete": it is named
 * "X_files" and "X.html" or "X.htm" lies next to it. Such a folder is the page's assets, not articles.
 */
export function isSavedPageAssetFolder(folderPath: string): boolean {
  const resolved = path.resolve(folderPath);
  const base = path.basename(resolved);
  const suffix = ASSET_SUFFIXES.find((s) => base.length > s.length && base.toLowerCase().endsWith(s));
  if (!suffix) return false;
  const stem = base.slice(0, base.length - suffix.length);
  const parent = path.dirname(resolved);
  for (const ext of PAGE_EXTENSIONS) {
    for (const candidate of [ext, ext.toUpperCase()]) {
      const page = path.join(parent, stem + candidate);
      try {
        if (existsSync(page) && statSync(page).isFile()) return true;
      } catch {
        /* unreadable sibling: not evidence either way */
      }
    }
  }
  return false;
}
