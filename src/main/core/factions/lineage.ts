// One-line lineage hints for the reader ("formerly Jabhat al-Nusra; merged into Hay'at Tahrir al-Sham (2017)").
import type { Gazetteer, GazetteerEntry } from './types';

const year = (d: string | null | undefined): string => (d ? d.slice(0, 4) : '');
const withYear = (s: string, d: string | null | undefined): string => (d ? `${s} (${year(d)})` : s);

function listNames(names: string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} other${rest > 1 ? 's' : ''}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * A short hint of where an entity comes from and where it went, WITHOUT the entity's own name, or null
 * when the gazetteer knows nothing useful. Factions: "formerly X; merged into Y (2017)". People: their
 * affiliations, "leader of X (2012–2016); Y (2017–2025)".
 */
export function lineageHint(gazetteer: Gazetteer, id: string): string | null {
  const e = gazetteer.byId.get(id);
  if (!e) return null;
  const name = (t: string): string => gazetteer.byId.get(t)?.name ?? t;
  if (e.kind === 'person') return personHint(e, name);
  const parts: string[] = [];
  const by = (rel: string) => e.lineage.filter((l) => l.relation === rel);

  const formerly = by('renamed-from');
  if (formerly.length) parts.push(`formerly ${listNames(formerly.map((l) => name(l.target)))}`);
  const grew = by('evolved-from');
  if (grew.length) parts.push(`grew out of ${listNames(grew.map((l) => name(l.target)))}`);
  const mergedFrom = by('merged-from');
  if (mergedFrom.length) parts.push(withYear(`formed from ${listNames(mergedFrom.map((l) => name(l.target)))}`, mergedFrom[0].date));
  for (const l of by('split-from')) parts.push(withYear(`split from ${name(l.target)}`, l.date));
  for (const l of by('renamed-to')) parts.push(withYear(`renamed ${name(l.target)}`, l.date));
  for (const l of by('evolved-into')) parts.push(withYear(`succeeded by ${name(l.target)}`, l.date));
  for (const l of by('merged-into')) parts.push(withYear(`merged into ${name(l.target)}`, l.date));
  for (const l of by('absorbed-by')) parts.push(withYear(`absorbed by ${name(l.target)}`, l.date));
  for (const l of by('dissolved-into')) parts.push(withYear(`dissolved into ${name(l.target)}`, l.date));
  if (parts.length === 0) {
    const member = by('member-of');
    if (member.length) parts.push(`part of ${listNames(member.map((l) => name(l.target)))}`);
  }
  return parts.length ? parts.join('; ') : null;
}

function personHint(e: GazetteerEntry, name: (id: string) => string): string | null {
  const aff = e.affiliations ?? [];
  if (aff.length === 0) return null;
  const span = (a: { from?: string | null; to?: string | null }): string => {
    const f = year(a.from);
    const t = a.to ? year(a.to) : a.from ? '' : '';
    if (!f && !t) return '';
    return ` (${f}–${t})`;
  };
  const shown = aff.slice(0, 4).map((a) => `${a.role ? `${a.role} of ` : ''}${name(a.factionId)}${span(a)}`);
  return shown.join('; ');
}
