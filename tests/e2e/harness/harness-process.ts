// Starts the loopback harness (tests/harness/server.ts) as a child process under tsx, the same way the
// CLI runs, and stops it; a test can stop and start it again on the same library to see what survives.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningHarness {
  url: string;
  stop(): Promise<void>;
}

export async function launchHarness(libraryPath: string, dialogPaths: string[] = [], inboxDialogPath?: string): Promise<RunningHarness> {
  const args = ['--import', 'tsx', path.join(root, 'tests/harness/server.ts'), '--library', libraryPath, '--port', '0'];
  for (const p of dialogPaths) args.push('--dialog', p);
  if (inboxDialogPath) args.push('--inbox-dialog', inboxDialogPath);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start in 60 s\n${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}\n${stderr}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
