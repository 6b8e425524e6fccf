// Holds the effective gazetteer and its matcher, rebuilt whenever the analyst edits the factions.
// Everything that matches text (import, search, re-match) reads the current one from here.
import { readFileSync } from 'node:fs';
import { createMatcher, defaultGazetteerPath, type FactionMatcher, type Gazetteer } from '../factions';
import type { Db } from '../store/database';
import { listFactionEdits } from '../store/faction-edits';
import type { FactionRecord } from '../store/factions';
import { buildEffectiveGazetteer, type RawGazetteer } from './effective-gazetteer';

export class FactionEngine {
  gazetteer!: Gazetteer;
  matcher!: FactionMatcher;
  knownIds!: Set<string>;
  raw!: RawGazetteer;
  /** Ids of entries the analyst created. */
  userIds = new Set<string>();
  private readonly listeners: ((engine: FactionEngine) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly shipped: RawGazetteer,
  ) {
    this.reload();
  }

  static fromFile(db: Db, gazetteerPath?: string): FactionEngine {
    const file = gazetteerPath ?? defaultGazetteerPath();
    let raw: RawGazetteer;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as RawGazetteer;
    } catch (error) {
      throw new Error(`The faction gazetteer ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new FactionEngine(db, raw);
  }

  /** Rebuilds from the shipped data and the stored edits; tells everyone who holds a matcher. */
  reload(): void {
    const edits = listFactionEdits(this.db);
    const { gazetteer, raw } = buildEffectiveGazetteer(this.shipped, edits);
    this.gazetteer = gazetteer;
    this.raw = raw;
    this.matcher = createMatcher(gazetteer);
    this.knownIds = new Set(gazetteer.entries.map((e) => e.id));
    this.userIds = new Set(edits.filter((e) => e.kind === 'create').map((e) => e.factionId));
    for (const listener of this.listeners) listener(this);
  }

  onReload(listener: (engine: FactionEngine) => void): void {
    this.listeners.push(listener);
  }

  /** Rows for the faction tables. */
  records(): FactionRecord[] {
    return this.gazetteer.entries.map((entry) => ({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      bloc: entry.bloc,
      arabicName: entry.arabic[0] ?? null,
      aliases: [
        ...entry.aliases.map((alias) => ({ alias, kind: 'alias' })),
        ...entry.acronyms.map((alias) => ({ alias, kind: 'acronym' })),
        ...entry.arabic.map((alias) => ({ alias, kind: 'arabic' })),
        ...entry.misspellings.map((alias) => ({ alias, kind: 'misspelling' })),
      ],
      lineage: entry.lineage.map((link) => ({ toId: link.target, relation: link.relation, date: link.date })),
      origin: this.userIds.has(entry.id) ? 'user' : 'gazetteer',
    }));
  }
}
