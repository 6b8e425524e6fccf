#!/usr/bin/env node
// Tests and the CLI load better-sqlite3 under plain Node; the app loads it under Electron, whose ABI
// differs. npm installs the Node build; this step puts an Electron build beside it, in
// node_modules/.dossier-native/, and the main process passes that file as better-sqlite3's
// `nativeBinding`. One install then serves both runtimes. It never fails the install: without a
// network it explains what to run later.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const say = (msg) => console.log(`[dossier] ${msg}`);

function electronVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

export function electronBindingPath(version, platform = process.platform, arch = process.arch) {
  return path.join(root, 'node_modules', '.dossier-native', `electron-${version}-${platform}-${arch}`, 'better_sqlite3.node');
}

function tryResolve(id) {
  try {
    return require.resolve(id);
  } catch {
    return null;
  }
}

function main() {
  const version = electronVersion();
  if (!version) return say('Electron is not installed; skipping its better-sqlite3 build.');
  const target = electronBindingPath(version);
  if (existsSync(target) && !process.argv.includes('--force')) return say(`better-sqlite3 for Electron ${version} is ready.`);
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !process.argv.includes('--force')) {
    return say('ELECTRON_SKIP_BINARY_DOWNLOAD is set: no Electron binary, so no Electron build of better-sqlite3 either. Tests and the CLI use the Node build.');
  }
  const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-sqlite-'));
  try {
    cpSync(packageDir, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`) });
    // npm ships node-gyp and tells scripts where it is; fall back to a local copy if there is one.
    const nodeGyp = process.env.npm_config_node_gyp ?? tryResolve('node-gyp/bin/node-gyp.js');
    const attempts = [
      ['prebuilt binary', process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform]],
    ];
    if (nodeGyp) {
      attempts.push(['build from source', process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers']]);
    }
    for (const [label, cmd, args] of attempts) {
      try {
        say(`Preparing better-sqlite3 for Electron ${version} (${label})…`);
        execFileSync(cmd, args, { cwd: work, stdio: 'inherit', timeout: 10 * 60_000 });
        const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
        if (!existsSync(built)) throw new Error('no binary produced');
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(built, target);
        return say(`better-sqlite3 for Electron ${version} is ready.`);
      } catch (error) {
        say(`${label} did not work: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    say(`Could not prepare better-sqlite3 for Electron ${version}. The CLI and tests still work. To run the app, connect to the network and run: node scripts/install-electron-sqlite.mjs --force`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
