import { existsSync } from 'node:fs';
import path from 'node:path';

/** --library FILE on the command line, else DOSSIER_LIBRARY, else library.sqlite in the user-data folder. */
export function resolveLibraryPath(argv: string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const flag = argv.indexOf('--library');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  const inline = argv.find((a) => a.startsWith('--library='));
  if (inline) return path.resolve(inline.slice('--library='.length));
  if (env.DOSSIER_LIBRARY) return path.resolve(env.DOSSIER_LIBRARY);
  return path.join(userDataDir, 'library.sqlite');
}

export function gazetteerPathIn(appDir: string): string {
  return path.join(appDir, 'resources', 'factions.json');
}

/** The better-sqlite3 binary built for this Electron by scripts/install-electron-sqlite.mjs, if present. */
export function electronSqliteBinding(appDir: string, electronVersion: string): string | undefined {
  const candidate = path.join(
    appDir,
    'node_modules',
    '.dossier-native',
    `electron-${electronVersion}-${process.platform}-${process.arch}`,
    'better_sqlite3.node',
  );
  return existsSync(candidate) ? candidate : undefined;
}
