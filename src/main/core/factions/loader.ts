// Loading and validating resources/factions.json. Node only (fs, crypto), no electron.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerFileSchema } from './schema';
import type { Gazetteer, GazetteerEntry } from './types';
import { MATCHER_REVISION } from './matcher';

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

/** Walk up from this module's folder to the folder holding package.json. */
export function findProjectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new GazetteerError(`no package.json above ${from}`);
    dir = up;
  }
}

export function defaultGazetteerPath(): string {
  return path.join(findProjectRoot(), 'resources', 'factions.json');
}

export function loadGazetteer(filePath: string = defaultGazetteerPath()): Gazetteer {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (e) {
    throw new GazetteerError(`cannot read gazetteer ${filePath}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new GazetteerError(`gazetteer ${filePath} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseGazetteer(json);
  } catch (e) {
    throw new GazetteerError(`${filePath}: ${(e as Error).message}`);
  }
}

/** Validate parsed JSON (the schema plus cross-entry rules); throws a GazetteerError naming the bad entry. */
export function parseGazetteer(json: unknown): Gazetteer {
  const res = gazetteerFileSchema.safeParse(json);
  if (!res.success) {
    const issue = res.error.issues[0];
    const p = issue.path;
    let where = p.join('.');
    if (p[0] === 'entries' && typeof p[1] === 'number') {
      const raw = (json as { entries?: { id?: unknown }[] }).entries?.[p[1]];
      const id = raw && typeof raw.id === 'string' ? raw.id : `#${p[1]}`;
      where = `entry "${id}" field ${p.slice(2).join('.') || '(entry)'}`;
    }
    throw new GazetteerError(`invalid gazetteer: ${where}: ${issue.message} (${res.error.issues.length} issue(s))`);
  }
  const file = res.data;
  const byId = new Map<string, GazetteerEntry>();
  for (const e of file.entries) {
    if (byId.has(e.id)) throw new GazetteerError(`invalid gazetteer: duplicate id "${e.id}"`);
    byId.set(e.id, e as GazetteerEntry);
  }
  for (const e of file.entries) {
    for (const l of e.lineage) {
      if (!byId.has(l.target)) throw new GazetteerError(`invalid gazetteer: entry "${e.id}" lineage target "${l.target}" does not exist`);
      if (l.target === e.id) throw new GazetteerError(`invalid gazetteer: entry "${e.id}" lineage points to itself`);
    }
    for (const a of e.affiliations ?? []) {
      if (!byId.has(a.factionId)) throw new GazetteerError(`invalid gazetteer: entry "${e.id}" affiliation "${a.factionId}" does not exist`);
    }
    if (e.kind === 'person' && e.lineage.length > 0) {
      throw new GazetteerError(`invalid gazetteer: person "${e.id}" has lineage; use affiliations`);
    }
    for (const c of e.contextual ?? []) {
      for (const w of c.notFollowedBy ?? []) {
        if (w.startsWith('$') && !file.rules?.anchorSets?.[w.slice(1)]) {
          throw new GazetteerError(`invalid gazetteer: entry "${e.id}" notFollowedBy set "${w}" is not in rules.anchorSets`);
        }
      }
      for (const a of c.anchors) {
        if (a.startsWith('@') && a !== '@self' && a !== '@*' && !byId.has(a.slice(1))) {
          throw new GazetteerError(`invalid gazetteer: entry "${e.id}" contextual anchor "${a}" does not exist`);
        }
        if (a.startsWith('$') && !file.rules?.anchorSets?.[a.slice(1)]) {
          throw new GazetteerError(`invalid gazetteer: entry "${e.id}" contextual anchor set "${a}" is not in rules.anchorSets`);
        }
      }
    }
  }
  const retired = file.retired ?? {};
  for (const [old, now] of Object.entries(retired)) {
    if (byId.has(old)) throw new GazetteerError(`invalid gazetteer: retired id "${old}" is still an entry`);
    if (!byId.has(now)) throw new GazetteerError(`invalid gazetteer: retired id "${old}" points to "${now}", which is not an entry`);
  }
  // The data and the matcher's revision: a library re-matches at start-up when either changes what is found.
  const version = createHash('sha256').update(JSON.stringify({ rules: file.rules ?? null, entries: file.entries, matcher: MATCHER_REVISION })).digest('hex').slice(0, 16);
  return { version, entries: file.entries as GazetteerEntry[], byId, rules: file.rules, retired };
}
