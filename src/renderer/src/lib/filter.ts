// The one filter the left column sets and the article list, the network and the timeline all use.
import type { Bloc, LibraryFilter } from '../../../shared/model';

export interface Filter {
  factionIds: string[];
  /** 'all': every chosen faction (AND); 'any': at least one (OR). */
  factionMode: 'all' | 'any';
  /** Count each chosen faction's predecessors too (HTS also finds Nusra and JFS articles). */
  withLineage: boolean;
  blocs: Bloc[];
  tag: string | null;
  /** A month picked on the timeline: the list shows only its articles. Not sent to the core. */
  period: { period: string; articleIds: number[] } | null;
}

export const NO_FILTER: Filter = { factionIds: [], factionMode: 'all', withLineage: false, blocs: [], tag: null, period: null };

/** What the core is asked for (the month restriction is applied to the list in the window). */
export function toLibraryFilter(f: Filter): LibraryFilter {
  const out: LibraryFilter = {};
  if (f.factionIds.length) {
    out.factionIds = f.factionIds;
    out.factionMode = f.factionMode;
    if (f.withLineage) out.withLineage = true;
  }
  if (f.blocs.length) out.blocs = f.blocs;
  if (f.tag) out.tag = f.tag;
  return out;
}

/** True when anything narrows the list. Mode and lineage alone narrow nothing without factions. */
export function isFiltering(f: Filter): boolean {
  return f.factionIds.length > 0 || f.blocs.length > 0 || f.tag !== null || f.period !== null;
}

export function filterCount(f: Filter): number {
  return f.factionIds.length + f.blocs.length + (f.tag ? 1 : 0) + (f.period ? 1 : 0);
}

/** A stable key for effects that depend on the core-side filter. */
export function filterKey(f: Filter): string {
  return JSON.stringify(toLibraryFilter(f));
}

export { LINEAGE_RELATIONS, type LineageRelation } from '../../../shared/model';

/** "renamed-to" → "renamed to" (read as: this faction … the other). */
export function relationLabel(r: string): string {
  return r.replace(/-/g, ' ');
}

/** "2016-07-28" → 2016.57; "2016" → 2016; null → null. For placing dates on a line. */
export function yearFraction(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) - 1 : 0;
  return y + (mo + d / 31) / 12;
}
