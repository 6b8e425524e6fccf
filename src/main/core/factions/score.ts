// Entity-level scoring of faction detection (issue 4 part 6). Node only (fs). Used by
// scripts/faction-score.ts and tests/unit/factions/score.test.ts.
//
// For each article: found = the set of NON-PERSON entity ids the matcher finds in the body; expected = the
// annotated set. TP = |found ∩ expected|, FP = |found − expected − neutral|, FN = |expected − found|.
// "neutral" ids are neither rewarded nor penalised: the seed expectations list a state named only as a
// political backer under `state_mentions` (002's "rebel-backer Turkey"); a reader may or may not count it.
// Totals are micro-averaged (sums of TP/FP/FN over the set).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FactionMatcher, Gazetteer } from './types';

export interface ScoredArticle {
  set: string;
  id: string;
  label: string;
  expected: string[];
  neutral?: string[];
  body: string;
}

export interface ArticleScore {
  set: string;
  id: string;
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  missing: string[];
  extra: string[];
}

export interface SetScore {
  set: string;
  articles: ArticleScore[];
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface FixtureFile {
  id: string;
  outlet: string;
  date: string;
  lang: string;
  title: string;
  text: string;
  expected: string[];
  people?: string[];
  traps?: string[];
  notes?: string;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreArticle(a: ScoredArticle, matcher: FactionMatcher, g: Gazetteer): ArticleScore {
  const found = new Set<string>();
  for (const m of matcher.match(a.body)) if (g.byId.get(m.entityId)?.kind !== 'person') found.add(m.entityId);
  const exp = new Set(a.expected);
  const neutral = new Set(a.neutral ?? []);
  const missing = [...exp].filter((x) => !found.has(x)).sort();
  const extra = [...found].filter((x) => !exp.has(x) && !neutral.has(x)).sort();
  const tp = [...exp].filter((x) => found.has(x)).length;
  return {
    set: a.set,
    id: a.id,
    label: a.label,
    tp,
    fp: extra.length,
    fn: missing.length,
    precision: ratio(tp, tp + extra.length),
    recall: ratio(tp, tp + missing.length),
    missing,
    extra,
  };
}

export function scoreSet(set: string, arts: ScoredArticle[], matcher: FactionMatcher, g: Gazetteer): SetScore {
  const articles = arts.map((a) => scoreArticle(a, matcher, g));
  const tp = articles.reduce((s, x) => s + x.tp, 0);
  const fp = articles.reduce((s, x) => s + x.fp, 0);
  const fn = articles.reduce((s, x) => s + x.fn, 0);
  return { set, articles, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** The annotated fixtures in tests/fixtures/factions/*.json. */
export function loadFixtureArticles(dir: string): ScoredArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const x = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as FixtureFile;
      return { set: 'fixtures', id: x.id, label: `${x.id} (${x.outlet}, ${x.date}, ${x.lang})`, expected: x.expected, body: x.text };
    });
}

/** Find a phrase allowing any run of whitespace (seeds contain NBSPs) where the phrase has a space. */
function findLoose(text: string, phrase: string, from = 0): number {
  const esc = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('[\\s\\u00a0]+');
  const re = new RegExp(esc, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function endOf(text: string, phrase: string, from: number): number {
  const i = findLoose(text, phrase, from);
  if (i < 0) return -1;
  const esc = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('[\\s\\u00a0]+');
  const m = new RegExp(esc, 'y');
  m.lastIndex = i;
  const r = m.exec(text);
  return r ? i + r[0].length : -1;
}

interface SeedExpectations {
  files: {
    file: string;
    articles: { title: string; body_starts_with: string; body_ends_with: string; factions: { id: string; name: string }[]; state_mentions?: string[] }[];
  }[];
}

/**
 * The seed articles (body cut with body_starts_with/body_ends_with) and their expected ids, or null when
 * expectations.json is absent. A state_mentions entry naming a gazetteer entity makes that id neutral.
 */
export function loadSeedArticles(seedsDir: string, g: Gazetteer): ScoredArticle[] | null {
  const p = path.join(seedsDir, 'expectations.json');
  if (!existsSync(p)) return null;
  const exp = JSON.parse(readFileSync(p, 'utf8')) as SeedExpectations;
  const out: ScoredArticle[] = [];
  for (const f of exp.files) {
    const raw = readFileSync(path.join(seedsDir, f.file), 'utf8');
    f.articles.forEach((a, k) => {
      const s = findLoose(raw, a.body_starts_with);
      const e = s < 0 ? -1 : endOf(raw, a.body_ends_with, s);
      if (s < 0 || e < 0) throw new Error(`${f.file}: body of "${a.title}" not found`);
      const sm = (a.state_mentions ?? []).join(' | ').toLowerCase();
      const neutral = g.entries.filter((x) => x.kind === 'state-force' && sm.includes(x.name.toLowerCase())).map((x) => x.id);
      out.push({ set: 'seeds', id: `${f.file}#${k}`, label: `${f.file}#${k} ${a.title}`, expected: a.factions.map((x) => x.id), neutral, body: raw.slice(s, e) });
    });
  }
  return out;
}
