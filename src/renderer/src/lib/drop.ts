// Turns a drop into what the API takes: paths on disk (importPaths) and path-less files whose bytes
// must be sent (importContents). The DataTransfer is only readable during the drop event, so the items
// are captured synchronously; folders without a path (browser drops) are walked afterwards.

export interface NamedFile {
  name: string;
  file: File;
}

export interface DroppedItems {
  paths: string[];
  files: NamedFile[];
}

/** True when a drag carries files (not text or links being dragged inside the page). */
export function dragHasFiles(dt: DataTransfer | null): boolean {
  if (!dt) return false;
  return Array.from(dt.types ?? []).includes('Files');
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await entryFile(entry as FileSystemFileEntry);
    out.push({ name: entry.fullPath.replace(/^\/+/, '') || file.name, file });
    return;
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns the listing in batches; an empty batch means the end.
    for (;;) {
      const batch = await readEntries(reader);
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}

export function collectDrop(dt: DataTransfer, pathForFile: (file: File) => string): Promise<DroppedItems> {
  const paths: string[] = [];
  const files: NamedFile[] = [];
  const folders: FileSystemEntry[] = [];
  const seen = new Set<File>();

  const take = (file: File, entry: FileSystemEntry | null): void => {
    seen.add(file);
    let p = '';
    try {
      p = pathForFile(file);
    } catch {
      p = '';
    }
    if (p) paths.push(p);
    else if (entry?.isDirectory) folders.push(entry);
    else files.push({ name: file.name, file });
  };

  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (!file) continue;
    let entry: FileSystemEntry | null = null;
    try {
      entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    } catch {
      entry = null;
    }
    take(file, entry);
  }
  // Some synthetic DataTransfers only fill .files (items and files hold different File objects, so
  // only fall back when items gave nothing).
  if (seen.size === 0) for (const file of Array.from(dt.files ?? [])) take(file, null);

  return (async () => {
    for (const folder of folders) await walk(folder, files);
    return { paths: Array.from(new Set(paths)), files };
  })();
}
