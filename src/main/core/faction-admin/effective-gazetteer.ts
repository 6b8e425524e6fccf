// The effective gazetteer = the shipped data (resources/factions.json) with the analyst's edits
// applied in order. The result goes through the same validation as the shipped file.
import type { Bloc, EntityKind } from '../../../shared/model';
import { parseGazetteer, type Gazetteer, type GazetteerEntry } from '../factions';
import type { FactionEditRow } from '../store/faction-edits';

/** The file as JSON: an object with `entries` (and rules); entries are validated by parseGazetteer. */
export interface RawGazetteer {
  entries: RawEntry[];
  /** Old id -> the id that took it in (shipped releases, and the analyst's own merges). */
  retired?: Record<string, string>;
  [key: string]: unknown;
}

/** An entry as the file holds it (the engine's own entry type: validation happens in parseGazetteer). */
export type RawEntry = GazetteerEntry;

export interface CreatedFaction {
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  aliases: string[];
}

export class EditError extends Error {}

const NAME_FIELDS = ['aliases', 'acronyms', 'misspellings', 'arabic'] as const;
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function namesOf(entry: RawEntry): string[] {
  return [entry.name, ...NAME_FIELDS.flatMap((f) => entry[f])];
}

function removeName(entry: RawEntry, name: string): boolean {
  let removed = false;
  for (const field of NAME_FIELDS) {
    const kept = entry[field].filter((n) => !same(n, name));
    if (kept.length !== entry[field].length) removed = true;
    entry[field] = kept;
  }
  return removed;
}

/** Applies one edit to the raw data in place; throws EditError when it cannot apply. */
export function applyEdit(raw: RawGazetteer, edit: Pick<FactionEditRow, 'kind' | 'factionId' | 'value' | 'targetId' | 'payload'>): void {
  const find = (id: string): RawEntry => {
    const entry = raw.entries.find((e) => e.id === id);
    if (!entry) throw new EditError(`There is no faction "${id}".`);
    return entry;
  };
  switch (edit.kind) {
    case 'create': {
      if (raw.entries.some((e) => e.id === edit.factionId)) throw new EditError(`A faction "${edit.factionId}" already exists.`);
      const created = JSON.parse(edit.payload ?? '{}') as CreatedFaction;
      for (const name of [created.name, ...created.aliases]) for (const other of raw.entries) removeName(other, name);
      raw.entries.push({
        id: edit.factionId,
        name: created.name,
        kind: created.kind,
        bloc: created.bloc,
        arabic: [],
        aliases: created.aliases.filter((a) => !same(a, created.name)),
        acronyms: [],
        misspellings: [],
        lineage: [],
        source: 'Added by the analyst',
      });
      return;
    }
    case 'add-alias': {
      const entry = find(edit.factionId);
      const alias = edit.value ?? '';
      if (namesOf(entry).some((n) => same(n, alias))) throw new EditError(`"${alias}" is already a name of ${entry.name}.`);
      // An alias means one faction: it moves here from any other entry that had it.
      for (const other of raw.entries) if (other !== entry) removeName(other, alias);
      if (/^[A-Z0-9]{2,6}$/.test(alias)) entry.acronyms.push(alias);
      else entry.aliases.push(alias);
      return;
    }
    case 'remove-alias': {
      const entry = find(edit.factionId);
      const alias = edit.value ?? '';
      if (same(entry.name, alias)) throw new EditError(`"${alias}" is the name of ${entry.name}; rename it instead.`);
      if (!removeName(entry, alias)) throw new EditError(`"${alias}" is not a name of ${entry.name}.`);
      return;
    }
    case 'rename': {
      const entry = find(edit.factionId);
      const name = edit.value ?? '';
      if (same(entry.name, name)) return;
      for (const other of raw.entries) if (other !== entry) removeName(other, name);
      removeName(entry, name);
      entry.aliases.push(entry.name); // the old name still finds it
      entry.name = name;
      return;
    }
    case 'set-bloc': {
      find(edit.factionId).bloc = edit.value as Bloc;
      return;
    }
    case 'add-lineage': {
      const entry = find(edit.factionId);
      const target = find(edit.targetId ?? '');
      if (target === entry) throw new EditError('A faction cannot be linked to itself.');
      if (entry.kind === 'person') throw new EditError(`${entry.name} is a person; people are linked to factions by affiliation, not lineage.`);
      const relation = edit.value ?? '';
      if (!entry.lineage.some((l) => l.relation === relation && l.target === target.id)) {
        entry.lineage.push({ relation, target: target.id, date: edit.payload ? (JSON.parse(edit.payload) as { date: string | null }).date : null });
      }
      return;
    }
    case 'merge-into': {
      const source = find(edit.factionId);
      const target = find(edit.targetId ?? '');
      if (source === target) throw new EditError('A faction cannot be merged into itself.');
      if ((source.kind === 'person') !== (target.kind === 'person')) throw new EditError('A person and a faction cannot be merged.');
      for (const name of namesOf(source)) {
        if (namesOf(target).some((n) => same(n, name))) continue;
        if (/^[A-Z0-9]{2,6}$/.test(name)) target.acronyms.push(name);
        else if (/[\u0600-\u06ff]/.test(name)) target.arabic.push(name);
        else target.aliases.push(name);
      }
      for (const link of source.lineage) {
        if (link.target !== target.id && !target.lineage.some((l) => l.relation === link.relation && l.target === link.target)) target.lineage.push(link);
      }
      raw.entries = raw.entries.filter((e) => e !== source);
      // The merged id now means the target, wherever it is still used (links, notes, an older release's ids).
      raw.retired = { ...raw.retired, [source.id]: target.id };
      for (const [old, now] of Object.entries(raw.retired)) if (now === source.id) raw.retired[old] = target.id;
      for (const entry of raw.entries) {
        entry.lineage = entry.lineage
          .map((l) => (l.target === source.id ? { ...l, target: target.id } : l))
          .filter((l, i, all) => l.target !== entry.id && all.findIndex((o) => o.relation === l.relation && o.target === l.target) === i);
        if (entry.affiliations) entry.affiliations = entry.affiliations.map((a) => (a.factionId === source.id ? { ...a, factionId: target.id } : a));
      }
      return;
    }
  }
}

/** The id that stands for `id` in this data: itself, or the entry a release folded it into. */
export function currentId(retired: Readonly<Record<string, string>>, id: string): string {
  let now = id;
  for (let hops = 0; retired[now] && hops < 20; hops++) now = retired[now];
  return now;
}

export function buildEffectiveGazetteer(shipped: RawGazetteer, edits: FactionEditRow[]): { gazetteer: Gazetteer; raw: RawGazetteer } {
  const raw = structuredClone(shipped);
  for (const stored of edits) {
    // An edit made on an id that has since been folded into another entry (by a release, or by an earlier
    // merge) applies to that entry.
    const retired = raw.retired ?? {};
    const edit = { ...stored, factionId: currentId(retired, stored.factionId), targetId: stored.targetId && currentId(retired, stored.targetId) };
    try {
      applyEdit(raw, edit);
    } catch (error) {
      // An edit that no longer applies (the shipped data changed under it) is passed over, not fatal.
      if (!(error instanceof EditError)) throw error;
    }
  }
  // parseGazetteer's version is a hash of the data, so it changes with every edit that changes anything.
  return { gazetteer: parseGazetteer(raw), raw };
}
