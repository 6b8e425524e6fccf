import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/context';

export const FIXTURES_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');

/** A fresh library file in a temp folder, removed after the test. */
export function useTempLibraries() {
  const dirs: string[] = [];
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) {
      try {
        core.close();
      } catch {
        // already closed by the test
      }
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    newLibraryPath(): string {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
      dirs.push(dir);
      return path.join(dir, 'library.sqlite');
    },
    open(dbPath: string, options: Partial<CoreOptions> = {}): Core {
      const core = createCore({ dbPath, ...options });
      cores.push(core);
      return core;
    },
    newDir(): string {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
      dirs.push(dir);
      return dir;
    },
  };
}
