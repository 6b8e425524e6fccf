// The seed articles live beside the project in ../shared/seeds (CI always has them). Where they are
// absent, only the tests that need them are skipped, and they say so.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = process.env.DOSSIER_SEEDS_DIR ?? path.resolve(PROJECT_ROOT, '../shared/seeds');
export const seedsAvailable = existsSync(path.join(SEEDS_DIR, 'expectations.json'));
if (!seedsAvailable) {
  console.warn(`[dossier tests] ../shared/seeds not found at ${SEEDS_DIR}: seed acceptance tests are SKIPPED.`);
}

export interface SeedFactionExpectation {
  id: string;
  name: string;
  as_written: string[];
}
export interface SeedArticleExpectation {
  title: string;
  subtitle?: string;
  outlet_accept: (string | null)[];
  author: string | null;
  date_accept: (string | null)[];
  body_starts_with: string;
  body_ends_with: string;
  must_not_be_in_body: string[];
  factions: SeedFactionExpectation[];
  people?: string[];
  comments?: { author: string; starts_with: string }[];
  comment_factions_not_in_body?: string[];
}
export interface SeedFileExpectation {
  file: string;
  articles: SeedArticleExpectation[];
  notes?: string;
}

export function loadSeedExpectations(): SeedFileExpectation[] {
  const raw = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'expectations.json'), 'utf8')) as { files: SeedFileExpectation[] };
  return raw.files;
}

export function seedPath(file: string): string {
  return path.join(SEEDS_DIR, file);
}

export function readSeed(file: string): string {
  return readFileSync(seedPath(file), 'utf8');
}
