// Reads .cpuprofile files (node --cpu-prof, one per thread) and prints where the time went: self time
// by function and by source file, and total (inclusive) time for the functions named with --focus.
//   npx tsx bench/profile-summary.ts <file.cpuprofile>... [--top 25] [--focus storePrepared,prepareFile]
// `npm run bench -- --profile` writes one profile per thread of each Dossier import run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export function summariseProfile(file: string, top = 25, focus: string[] = []): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // time per node from the samples (each sample's delta is the time since the previous one)
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const label = (n: ProfileNode): string => {
    const where = n.callFrame.url ? `${shorten(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : '';
    return `${n.callFrame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let idle = 0;
  for (const [id, ms] of selfMs) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') idle += ms;
    byFunction.set(label(n), (byFunction.get(label(n)) ?? 0) + ms);
    const fileKey = n.callFrame.url ? shorten(n.callFrame.url) : n.callFrame.functionName;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + ms);
  }
  const lines: string[] = [`${path.basename(file)}: ${(total / 1000).toFixed(2)} s sampled, ${(idle / 1000).toFixed(2)} s idle`];
  const table = (title: string, map: Map<string, number>): void => {
    lines.push(`  ${title}:`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  };
  table('self time by function', byFunction);
  table('self time by file', byFile);
  if (focus.length) {
    // inclusive time: a sample counts once for a focused function if it is anywhere on the sample's stack
    lines.push('  total time (on the stack):');
    for (const name of focus) {
      let ms = 0;
      for (const [id, t] of selfMs) {
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          if (byId.get(at)!.callFrame.functionName === name) {
            ms += t;
            break;
          }
        }
      }
      lines.push(`    ${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
  }
  return lines.join('\n');
}

function shorten(url: string): string {
  const at = url.indexOf('node_modules/');
  if (at >= 0 && !url.includes('.cache/dossier-bench')) return url.slice(at + 'node_modules/'.length);
  return url.replace(/^file:\/\//, '').replace(/^.*\/(src|bench|node_modules\/\.cache\/dossier-bench)\//, '$1/');
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'profile-summary.ts'))) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, focus: { type: 'string', default: '' } } });
  for (const file of positionals) console.log(summariseProfile(file, Number(values.top), values.focus ? values.focus.split(',') : []) + '\n');
}
