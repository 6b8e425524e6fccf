// The faction matcher: a token trie over normalised words, built once per gazetteer.
//
// match(text): tokenize (normalise.ts), then scan left to right; at each token take the LONGEST valid
// candidate among
//   - multi-word names/phrases (trie over loose keys; a name never runs across punctuation),
//   - one-word names (medium key; an all-lower-case word must equal the name's strict form, so "dash"
//     is not "Daesh" and the loose vowel folding never applies to single words),
//   - acronyms (case-sensitive whole words: "IS" is never "is"),
// consume its words and go on after it, so mentions never overlap and "Jabhat Fateh al-Sham" is one
// mention, not "Fateh" + "al-Sham". If no candidate is valid the scan moves one word on.
// Validity: a multi-word name written all in lower case is not a name ("southern front", "islamic state");
// contextual phrases need an anchor in the text; stop phrases consume text but yield nothing.
// Two filters then run over the whole text: "@self"/"@id" anchored forms are kept only if their anchor
// entity is named elsewhere, and sponsor cues ("backed by Turkey", "Iran-backed") drop state-force mentions.
import { expandPattern, tokenize, tokenizeInto, normaliseForMatch, type Token } from './normalise';
import type { ContextualRule } from './schema';
import type { FactionMatch, FactionMatcher, Gazetteer } from './types';

type PatternKind = 'name' | 'contextual' | 'stop';

interface Pattern {
  entityId: string;
  kind: PatternKind;
  /** Index into `contextRules` for contextual patterns. */
  rule: number;
  /** Strict key of each word (for lower-case checks). */
  strict: string[];
  /** Case-sensitive raw words (acronym-like contextual phrases), else null. */
  raw: string[] | null;
  /** For stop phrases: which words must be lower case in the text. */
  mustLower: boolean[] | null;
  arabic: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  pats: Pattern[];
}

interface CompiledRule {
  entityId: string;
  wordAnchors: string[]; // normalised phrases
  wordSet: Set<string>;
  singleWord: boolean;
  entityAnchors: string[]; // entity ids ("@self" resolved)
}

interface Accepted {
  pat: Pattern;
  from: number; // token index
  to: number; // token index, inclusive
  deferred: boolean;
}

function newNode(): TrieNode {
  return { next: new Map(), pats: [] };
}

export function createMatcher(gazetteer: Gazetteer): FactionMatcher {
  const root = newNode();
  const single = new Map<string, Pattern[]>();
  const acronyms = new Map<string, Pattern[]>();
  const rules: CompiledRule[] = [];
  const kindOf = new Map<string, string>();
  for (const e of gazetteer.entries) kindOf.set(e.id, e.kind);

  const addPhrase = (text: string, entityId: string, kind: PatternKind, rule: number, caseSensitive: boolean): void => {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    const pat: Pattern = {
      entityId,
      kind,
      rule,
      strict: toks.map((t) => t.info.strict),
      raw: caseSensitive ? toks.map((t) => t.raw) : null,
      mustLower: kind === 'stop' ? toks.map((t) => t.info.lower) : null,
      arabic: toks.some((t) => t.info.arabic),
    };
    if (toks.length === 1 && caseSensitive) {
      push(acronyms, toks[0].raw, pat);
    } else if (toks.length === 1) {
      push(single, toks[0].info.medium, pat);
    } else {
      let node = root;
      for (const t of toks) {
        let nx = node.next.get(t.info.loose);
        if (!nx) {
          nx = newNode();
          node.next.set(t.info.loose, nx);
        }
        node = nx;
      }
      if (!node.pats.some((p) => p.entityId === entityId && p.kind === kind)) node.pats.push(pat);
    }
  };

  for (const e of gazetteer.entries) {
    const names = [e.name, ...e.aliases, ...e.misspellings, ...e.arabic];
    for (const n of names) for (const x of expandPattern(n)) addPhrase(x, e.id, 'name', -1, false);
    for (const a of e.acronyms) {
      push(acronyms, a, { entityId: e.id, kind: 'name', rule: -1, strict: [a.toLowerCase()], raw: [a], mustLower: null, arabic: false });
    }
    for (const c of e.contextual ?? []) {
      const idx = rules.length;
      rules.push(compileRule(e.id, c));
      for (const p of c.phrases) for (const x of expandPattern(p)) addPhrase(x, e.id, 'contextual', idx, c.caseSensitive === true);
    }
  }
  for (const s of gazetteer.rules?.stopPhrases ?? []) for (const x of expandPattern(s)) addPhrase(x, '', 'stop', -1, false);

  const sponsor = gazetteer.rules?.sponsorCues;
  const sponsorKinds = new Set<string>(sponsor?.kinds ?? []);
  const sponsorBefore = (sponsor?.before ?? []).map((b) => tokenize(b).map((t) => t.info.strict));
  const sponsorAfter = new Set((sponsor?.after ?? []).map((a) => tokenize(a).map((t) => t.info.strict).join(' ')));

  const pool: Token[] = [];
  function match(text: string): FactionMatch[] {
    const toks = pool;
    const n = tokenizeInto(text, pool);
    const accepted: Accepted[] = [];
    let looseJoined: string | null = null;
    const anchorCache = new Map<number, boolean>();
    const anchorState = (ruleIdx: number): boolean | 'deferred' => {
      const r = rules[ruleIdx];
      let v = anchorCache.get(ruleIdx);
      if (v === undefined) {
        if (r.wordAnchors.length === 0) v = false;
        else if (r.singleWord) {
          v = false;
          for (let k = 0; k < n && !v; k++) v = r.wordSet.has(toks[k].info.loose);
        } else {
          if (looseJoined === null) looseJoined = ' ' + toks.slice(0, n).map((t) => t.info.loose).join(' ') + ' ';
          const lj = looseJoined;
          v = r.wordAnchors.some((a) => lj.includes(' ' + a + ' '));
        }
        anchorCache.set(ruleIdx, v);
      }
      if (v) return true;
      return r.entityAnchors.length > 0 ? 'deferred' : false;
    };

    let i = 0;
    while (i < n) {
      const ti = toks[i].info;
      // Fast path: most words start nothing.
      if (!ti.alt && !root.next.has(ti.loose) && !single.has(ti.medium) && !acronyms.has(toks[i].raw)) {
        i++;
        continue;
      }
      // Candidates, longest first.
      const cands: { len: number; pats: Pattern[] }[] = [];
      const firstKeys: string[] = ti.alt ? [ti.loose, ti.alt] : [ti.loose];
      for (const k0 of firstKeys) {
        let node: TrieNode | undefined = root.next.get(k0);
        for (let j = i + 1; node && j <= n; j++) {
          if (node.pats.length > 0) cands.push({ len: j - i, pats: node.pats });
          if (j === n || !toks[j].joinPrev) break;
          node = node.next.get(toks[j].info.loose);
        }
      }
      cands.sort((a, b) => b.len - a.len);
      const acr = acronyms.get(toks[i].raw);
      if (acr) cands.push({ len: 1, pats: acr });
      const singleKeys: string[] = ti.alt ? [ti.medium, ti.alt] : [ti.medium];
      for (const k0 of singleKeys) {
        const one = single.get(k0);
        if (one) cands.push({ len: 1, pats: one });
      }

      let took: Accepted | null = null;
      outer: for (const c of cands) {
        for (const p of c.pats) {
          const v = validate(p, toks, n, i, c.len, anchorState);
          if (v !== false) {
            took = { pat: p, from: i, to: i + c.len - 1, deferred: v === 'deferred' };
            break outer;
          }
        }
      }
      if (took) {
        if (took.pat.kind !== 'stop') accepted.push(took);
        i = took.to + 1;
      } else {
        i++;
      }
    }

    // Entity-anchored forms ("IS" only if the Islamic State is otherwise named).
    let kept = accepted;
    if (accepted.some((a) => a.deferred)) {
      const named = new Set(accepted.filter((a) => !a.deferred).map((a) => a.pat.entityId));
      kept = accepted.filter((a) => {
        if (!a.deferred) return true;
        const r = rules[a.pat.rule];
        return r.entityAnchors.some((id) => named.has(id));
      });
    }
    if (sponsorKinds.size > 0) {
      kept = kept.filter((a) => !(sponsorKinds.has(kindOf.get(a.pat.entityId) ?? '') && isSponsored(text, toks, n, a.from, a.to, sponsorBefore, sponsorAfter)));
    }
    return kept.map((a) => {
      const first = toks[a.from];
      const start = first.articleStart >= 0 ? first.articleStart : first.start;
      const end = toks[a.to].end;
      return { entityId: a.pat.entityId, start, end, surface: text.slice(start, end) };
    });
  }

  return { match };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function compileRule(entityId: string, c: ContextualRule): CompiledRule {
  const wordAnchors: string[] = [];
  const entityAnchors: string[] = [];
  for (const a of c.anchors) {
    if (a === '@self') entityAnchors.push(entityId);
    else if (a.startsWith('@')) entityAnchors.push(a.slice(1));
    else for (const x of expandPattern(a)) wordAnchors.push(normaliseForMatch(x));
  }
  return { entityId, wordAnchors, entityAnchors, wordSet: new Set(wordAnchors), singleWord: wordAnchors.every((a) => !a.includes(' ')) };
}

/** true = accept, 'deferred' = accept if an entity anchor turns up, false = reject. */
function validate(p: Pattern, toks: Token[], n: number, i: number, len: number, anchorState: (r: number) => boolean | 'deferred'): boolean | 'deferred' {
  if (p.raw) {
    for (let k = 0; k < len; k++) if (toks[i + k].raw !== p.raw[k]) return false;
    // Shouting guard: "THIS IS WAR" is not the Islamic State.
    const prev = i > 0 ? toks[i - 1] : undefined;
    const next = i + len < n ? toks[i + len] : undefined;
    if ((prev && prev.info.caps && toks[i].joinPrev) || (next && next.info.caps && next.joinPrev)) return false;
  } else if (!p.arabic && p.kind !== 'contextual') {
    if (len === 1) {
      const t = toks[i];
      if (t.info.lower && t.info.strict !== p.strict[0] && p.kind !== 'stop') return false;
    } else if (p.kind === 'name') {
      let allLower = true;
      for (let k = 0; k < len; k++) if (!toks[i + k].info.lower) allLower = false;
      if (allLower) return false;
    }
  }
  if (p.kind === 'stop' && p.mustLower) {
    for (let k = 0; k < len; k++) if (p.mustLower[k] && !toks[i + k].info.lower) return false;
    return true;
  }
  if (p.kind === 'contextual') return anchorState(p.rule);
  return true;
}

function isSponsored(text: string, toks: Token[], n: number, from: number, to: number, before: string[][], after: Set<string>): boolean {
  // Only a bare state name is a sponsor reference: "backed by Russian warplanes" is Russia in action.
  if (from !== to) return false;
  // "Iran-backed": the next word is hyphenated to the name.
  const nx = to + 1 < n ? toks[to + 1] : undefined;
  if (nx && /^[-‐‑]$/.test(text.slice(toks[to].end, nx.start)) && after.has(nx.info.strict)) return true;
  // "backed by [Saudi Arabia and] Turkey".
  let k = from - 1;
  let skipped = 0;
  const gapOk = (a: Token, b: Token): boolean => /^[\s,]*$/.test(text.slice(a.end, b.articleStart >= 0 ? b.articleStart : b.start));
  if (k < 0 || !gapOk(toks[k], toks[from])) return false;
  for (;;) {
    for (const cue of before) {
      const m = cue.length;
      if (k - m + 1 < 0) continue;
      let ok = true;
      for (let q = 0; q < m; q++) {
        if (toks[k - m + 1 + q].info.strict !== cue[q]) ok = false;
        if (q > 0 && !toks[k - m + 1 + q].joinPrev) ok = false;
      }
      if (ok) return true;
    }
    const t = toks[k];
    const skippable = (!t.info.lower && !t.info.arabic) || t.info.strict === 'and' || t.info.strict === 'or' || t.info.strict === 'the';
    if (!skippable || skipped >= 5 || k === 0 || !gapOk(toks[k - 1], t)) return false;
    skipped++;
    k--;
  }
}
