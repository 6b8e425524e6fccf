// The annotated faction fixtures (tests/fixtures/factions/*.json) as the files a researcher would import:
// headline, date line, then the text. Used where the window must show the seeds and these together.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './seeds';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const FACTION_FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/factions');

interface FactionFixture {
  title: string;
  date: string;
  text: string;
}

/** Writes one .txt per fixture into `dir` and returns how many it wrote. */
export function writeFactionFixtureFiles(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(FACTION_FIXTURES_DIR).filter((f) => f.endsWith('.json'));
  for (const name of names) {
    const fixture = JSON.parse(readFileSync(path.join(FACTION_FIXTURES_DIR, name), 'utf8')) as FactionFixture;
    const [year, month, day] = fixture.date.split('-').map(Number);
    const dateLine = `${day} ${MONTHS[month - 1]} ${year}`;
    writeFileSync(path.join(dir, name.replace(/\.json$/, '.txt')), `${fixture.title}\n\n${dateLine}\n\n${fixture.text}\n`);
  }
  return names.length;
}

/** How many of the fixtures' texts name `name` as written: the articles a filter on it lists, with what the seeds add. */
export function factionFixturesNaming(name: string): number {
  return readdirSync(FACTION_FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => (JSON.parse(readFileSync(path.join(FACTION_FIXTURES_DIR, f), 'utf8')) as FactionFixture).text.includes(name)).length;
}
