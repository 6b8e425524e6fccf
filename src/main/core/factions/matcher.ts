// The faction matcher: a token trie over normalised words, built once per gazetteer.
//
// match(text): scan the text into interned word ids (scan.ts: one pass over char codes, keys precomputed
// per distinct word), then go left to right; at each word that may start something take the LONGEST valid
// candidate among
//   - multi-word names/phrases (trie over loose keys; a name never runs across punctuation),
//   - one-word names (medium key; an all-lower-case word is never a capitalised name, so "roast turkey" is
//     not Turkey and "dash" is not "Daesh"; a name the gazetteer writes in lower case must be equal to it),
//   - acronyms (case-sensitive whole words: "IS" is never "is"),
// consume its words and go on after it, so mentions never overlap and "Jabhat Fateh al-Sham" is one
// mention, not "Fateh" + "al-Sham". If no candidate is valid the scan moves one word on.
// Validity: a name written all in lower case is not a name ("southern front", "islamic state", "turkey");
// a name joined to a word that makes it part of another proper noun is not a mention ("Nusra Street",
// "Lake Assad": rules.properNouns), and nothing inside it is;
// stop phrases consume text but yield nothing; contextual phrases (schema.ts) need their context:
//   - word anchors anywhere in the text, or within `window` characters;
//   - "@" anchors named by an ordinary form anywhere ("IS" when the Islamic State is named), or, with
//     `requiresAntecedent`, EARLIER in the text; several entries may claim the same phrase ("the Front"):
//     the entity named most recently before it wins;
//   - `notFollowedBy`: "the Front Line" is not an anaphor.
// A filter then drops state forces named only as sponsors ("backed by Turkey", "Iran-backed").
import { expandPattern, tokenize, normaliseForMatch } from './normalise';
import { F_ARABIC, F_CAND, F_CAPITAL, F_CAPS, F_LOWER, isHyphen, KeySpace, WordTable, type ScanResult } from './scan';
import type { ContextualRule } from './schema';
import type { FactionMatch, FactionMatcher, Gazetteer } from './types';

/**
 * Bump when a change to this file alters what it finds in unchanged text: the gazetteer's version includes it,
 * so every library re-matches its articles at the next start-up. 2: coordinated state adjectives; 3: Arabic
 * names written with the article need it in the text; 4: Arabic coordinated adjectives; 5: hashtags join a
 * name's words with underscores (scan.ts); 6: the hamza's seats ئ and ؤ are read as ء (normalise.ts); 7: one
 * quotation mark may stand inside a name («حركة «النجباء»», scan.ts), and a state joined by «و» to a sponsor is one.
 */
export const MATCHER_REVISION = 7;

/** An Arabic word with the article, after the conjunctions and prepositions written joined to it: الـ, والـ, بالـ, للـ. */
const ARABIC_DEFINITE = /^[وف]?(?:[بك]?ال|لل)/;

const K_NAME = 0;
const K_CONTEXT = 1;
const K_STOP = 2;

interface Pattern {
  entityId: string;
  entity: number;
  kind: number;
  /** Index into `rules` for contextual patterns. */
  rule: number;
  /** Strict key id of each word (for lower-case checks). */
  strict: Int32Array;
  /** Case-sensitive word ids (acronyms, "the Front"), else null; `rawAlt`: the first word capitalised. */
  raw: Int32Array | null;
  rawAlt: number;
  /** For stop phrases: which words must be lower case in the text. */
  mustLower: boolean[] | null;
  arabic: boolean;
  /** A one-word name the gazetteer itself writes in lower case (an analyst's "shabiha"). */
  lowerOk: boolean;
  /**
   * An Arabic name of a group written with the article (القاعدة, الدولة الإسلامية): the text must carry it too.
   * Without it the words are a common noun phrase: قاعدة عسكرية is "a military base", دولة إسلامية "an Islamic state".
   */
  definite: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  pats: Pattern[];
}

interface CompiledRule {
  entity: number;
  /** One-word anchors (loose key ids) and multi-word anchors (arrays of loose key ids). */
  words: Set<number>;
  phrases: Int32Array[];
  /** Entity indices of "@" anchors ("@self" resolved). */
  entities: number[];
  /** "@*": any faction, coalition or governance body (not a person, not a state force). */
  anyFaction: boolean;
  antecedent: boolean;
  window: number;
  notFollowed: Set<number>;
  notFollowedCapital: boolean;
}

interface Accepted {
  pat: Pattern;
  from: number;
  to: number;
  /** Characters of Arabic proclitics at the start of the first word, outside the mention ("و" of "وفرقة الحمزة"). */
  clip: number;
  /** Contextual patterns waiting for an "@" anchor named later in the text (alternatives in order). */
  deferred: Pattern[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), pats: [] });

export function createMatcher(gazetteer: Gazetteer): FactionMatcher {
  const keys = new KeySpace();
  const words = new WordTable(keys);
  const root = newNode();
  const single = new Map<number, Pattern[]>();
  const acronyms = new Map<number, Pattern[]>();
  const rules: CompiledRule[] = [];
  const entityIds: string[] = gazetteer.entries.map((e) => e.id);
  const entityIndex = new Map<string, number>(entityIds.map((id, k) => [id, k]));
  const entityKind: string[] = gazetteer.entries.map((e) => e.kind);
  const anchorSets = gazetteer.rules?.anchorSets ?? {};

  const addPhrase = (text: string, entityId: string, kind: number, rule: number, caseSensitive: boolean): void => {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    let raw: Int32Array | null = null;
    let rawAlt = -1;
    if (caseSensitive) {
      raw = Int32Array.from(toks.map((t) => words.idOf(t.raw)));
      const r0 = toks[0].raw;
      const cap = r0[0].toUpperCase() + r0.slice(1);
      if (cap !== r0) rawAlt = words.idOf(cap);
    }
    const pat: Pattern = {
      entityId,
      entity: entityIndex.get(entityId) ?? -1,
      kind,
      rule,
      strict: Int32Array.from(toks.map((t) => keys.id(t.info.strict))),
      raw,
      rawAlt,
      mustLower: kind === K_STOP ? toks.map((t) => t.info.lower) : null,
      arabic: toks.some((t) => t.info.arabic),
      lowerOk: toks.length === 1 && toks[0].info.lower,
      // (a state's forms are descriptions, which Arabic writes either way: الطائرات الروسية, طائرات روسية)
      definite: toks[0].info.arabic && ARABIC_DEFINITE.test(toks[0].raw) && entityKind[entityIndex.get(entityId) ?? -1] !== 'state-force',
    };
    if (toks.length === 1 && caseSensitive) {
      push(acronyms, raw![0], pat);
      if (rawAlt >= 0) push(acronyms, rawAlt, pat);
    } else if (toks.length === 1) {
      push(single, keys.id(toks[0].info.medium), pat);
    } else {
      let node = root;
      for (const t of toks) {
        const k = keys.id(t.info.loose);
        let nx = node.next.get(k);
        if (!nx) {
          nx = newNode();
          node.next.set(k, nx);
        }
        node = nx;
      }
      if (!node.pats.some((p) => p.entityId === entityId && p.kind === kind && p.rule === rule)) node.pats.push(pat);
    }
  };

  const compileRule = (entityId: string, c: ContextualRule): CompiledRule => {
    const wordsSet = new Set<number>();
    const phrases: Int32Array[] = [];
    const entities: number[] = [];
    const addWordAnchor = (a: string): void => {
      for (const x of expandPattern(a)) {
        const nf = normaliseForMatch(x);
        if (!nf) continue;
        const parts = nf.split(' ');
        if (parts.length === 1) wordsSet.add(keys.id(parts[0]));
        else phrases.push(Int32Array.from(parts.map((p) => keys.id(p))));
      }
    };
    let anyFaction = false;
    for (const a of c.anchors) {
      if (a === '@*') anyFaction = true;
      else if (a === '@self') entities.push(entityIndex.get(entityId)!);
      else if (a.startsWith('@')) entities.push(entityIndex.get(a.slice(1))!);
      else if (a.startsWith('$')) for (const x of anchorSets[a.slice(1)] ?? []) addWordAnchor(x);
      else addWordAnchor(a);
    }
    const notFollowed = new Set<number>();
    let notFollowedCapital = false;
    const notFollowedBy = (c.notFollowedBy ?? []).flatMap((w) => (w.startsWith('$') ? (anchorSets[w.slice(1)] ?? []) : [w]));
    for (const w of notFollowedBy) {
      if (w === '@Capitalised') notFollowedCapital = true;
      else for (const t of tokenize(w)) notFollowed.add(keys.id(t.info.strict));
    }
    return {
      entity: entityIndex.get(entityId)!,
      words: wordsSet,
      phrases,
      entities,
      anyFaction,
      antecedent: c.requiresAntecedent === true,
      window: c.window ?? 0,
      notFollowed,
      notFollowedCapital,
    };
  };

  for (const e of gazetteer.entries) {
    const names = [e.name, ...e.aliases, ...e.misspellings, ...e.arabic];
    for (const n of names) for (const x of expandPattern(n)) for (const v of ofTheVariants(x)) addPhrase(v, e.id, K_NAME, -1, false);
    for (const a of e.acronyms) {
      const w = words.idOf(a);
      push(acronyms, w, {
        entityId: e.id,
        entity: entityIndex.get(e.id)!,
        kind: K_NAME,
        rule: -1,
        strict: Int32Array.of(keys.id(a.toLowerCase())),
        raw: Int32Array.of(w),
        rawAlt: -1,
        mustLower: null,
        arabic: false,
        lowerOk: false,
        definite: false,
      });
    }
    for (const c of e.contextual ?? []) {
      const idx = rules.length;
      rules.push(compileRule(e.id, c));
      for (const p of c.phrases) for (const x of expandPattern(p)) addPhrase(x, e.id, K_CONTEXT, idx, c.caseSensitive === true);
    }
  }
  for (const s of gazetteer.rules?.stopPhrases ?? []) for (const x of expandPattern(s)) addPhrase(x, '', K_STOP, -1, false);

  const sponsor = gazetteer.rules?.sponsorCues;
  const sponsorKinds = new Set<string>(sponsor?.kinds ?? []);
  // A cue whose last word is a lone Arabic proclitic ("الموالية ل") is written joined to the name: "الموالية لإيران".
  const sponsorBefore: number[][] = [];
  const sponsorProclitic: { words: number[]; letter: string }[] = [];
  for (const b of sponsor?.before ?? []) {
    const toks = tokenize(b);
    const last = toks[toks.length - 1];
    if (toks.length > 1 && last.info.arabic && last.raw.length === 1) sponsorProclitic.push({ words: toks.slice(0, -1).map((t) => keys.id(t.info.strict)), letter: last.raw });
    else sponsorBefore.push(toks.map((t) => keys.id(t.info.strict)));
  }
  const sponsorPrefixes = new Set((sponsor?.prefixes ?? []).map((w) => keys.id(w.toLowerCase())));
  const sponsorPossessive = sponsor?.possessive === true;
  const sponsorNouns = new Set((sponsor?.possessiveNouns ?? []).map((w) => keys.id(tokenize(w)[0].info.strict)));
  const sponsorAfter = new Set((sponsor?.after ?? []).map((a) => keys.id(tokenize(a).map((t) => t.info.strict).join(' '))));
  const properAfter = new Set((gazetteer.rules?.properNouns?.after ?? []).map((w) => keys.id(tokenize(w)[0].info.strict)));
  const properBefore = new Set((gazetteer.rules?.properNouns?.before ?? []).map((w) => keys.id(tokenize(w)[0].info.strict)));
  const titles = new Set((gazetteer.rules?.titles ?? []).map((w) => keys.id(tokenize(w)[0].info.strict)));
  const isPerson: boolean[] = entityKind.map((k) => k === 'person');
  const KEY_AND = keys.id('and');
  const KEY_OR = keys.id('or');
  const KEY_THE = keys.id('the');

  words.freeze((w) => {
    if (root.next.has(words.loose[w]) || single.has(words.medium[w]) || acronyms.has(w)) return true;
    const a = words.alt[w];
    const a2 = words.alt2[w];
    return (a >= 0 && (root.next.has(a) || single.has(a))) || (a2 >= 0 && (root.next.has(a2) || single.has(a2)));
  });

  // Per-call state, reused.
  let lastSeen = new Int32Array(entityIds.length);
  const isFaction: boolean[] = entityKind.map((k) => k !== 'person' && k !== 'state-force');
  let lastFaction = -1;
  let present = new Int32Array(1024);
  let epoch = 0;
  let presentEpoch = -1;

  function match(text: string): FactionMatch[] {
    const t: ScanResult = words.scan(text);
    const n = t.n;
    const tw = t.word;
    const tj = t.join;
    const flags = words.flags;
    const loose = words.loose;
    const medium = words.medium;
    const alt = words.alt;
    const alt2 = words.alt2;
    epoch++;
    if (lastSeen.length !== entityIds.length) lastSeen = new Int32Array(entityIds.length);
    lastSeen.fill(-1);
    lastFaction = -1;
    const accepted: Accepted[] = [];
    let anyDeferred = false;

    // Loose keys present in the text (filled on first need).
    const ensurePresent = (): void => {
      if (presentEpoch === epoch) return;
      presentEpoch = epoch;
      if (present.length < keys.size) {
        const p = new Int32Array(Math.max(keys.size, present.length * 2));
        p.set(present);
        present = p;
      }
      for (let k = 0; k < n; k++) {
        const w = tw[k];
        present[loose[w]] = epoch;
        // An Arabic anchor may carry proclitics too ("بدمشق", "وروسيا").
        if (alt[w] >= 0) present[alt[w]] = epoch;
        if (alt2[w] >= 0) present[alt2[w]] = epoch;
      }
    };
    const anchorWord = (w: number, set: Set<number>): boolean => set.has(loose[w]) || (alt[w] >= 0 && set.has(alt[w])) || (alt2[w] >= 0 && set.has(alt2[w]));
    const phraseAt = (ph: Int32Array, k: number): boolean => {
      if (k + ph.length > n) return false;
      const w0 = tw[k];
      if (loose[w0] !== ph[0] && alt[w0] !== ph[0] && alt2[w0] !== ph[0]) return false;
      for (let q = 1; q < ph.length; q++) if (loose[tw[k + q]] !== ph[q]) return false;
      return true;
    };
    const wordAnchorHolds = (r: CompiledRule, from: number, to: number): boolean => {
      if (r.words.size === 0 && r.phrases.length === 0) return false;
      if (r.window > 0) {
        const lo = t.start[from] - r.window;
        const hi = t.end[to] + r.window;
        let k = from;
        while (k > 0 && t.end[k - 1] >= lo) k--;
        for (; k < n && t.start[k] <= hi; k++) {
          if (k >= from && k <= to) continue;
          if (anchorWord(tw[k], r.words)) return true;
          for (const ph of r.phrases) if (phraseAt(ph, k)) return true;
        }
        return false;
      }
      ensurePresent();
      for (const w of r.words) if (w < present.length && present[w] === epoch) return true;
      for (const ph of r.phrases) {
        if (!(ph[0] < present.length && present[ph[0]] === epoch)) continue;
        for (let k = 0; k < n; k++) if (phraseAt(ph, k)) return true;
      }
      return false;
    };

    /** -2 invalid; -1 valid now without recency; >= 0 valid now, antecedent at that token; -3 deferred. */
    const contextState = (p: Pattern, i: number, len: number): number => {
      const r = rules[p.rule];
      const nx = i + len;
      if (nx < n && tj[nx] === 1) {
        const wf = flags[tw[nx]];
        if (r.notFollowedCapital && (wf & F_CAPITAL) !== 0) return -2;
        if (r.notFollowed.size > 0 && r.notFollowed.has(words.strict[tw[nx]])) return -2;
      }
      let best = -1;
      for (const e of r.entities) if (lastSeen[e] > best) best = lastSeen[e];
      if (best >= 0) return best;
      if (wordAnchorHolds(r, i, i + len - 1)) return -1;
      if (r.anyFaction && lastFaction >= 0) return -1;
      if ((r.entities.length > 0 || r.anyFaction) && !r.antecedent) return -3;
      return -2;
    };

    const cands: { len: number; pats: Pattern[]; clip: number }[] = [];
    // The keys a word may start a name with: as written, then without one or two Arabic proclitics.
    const startKeys = [0, 0, 0];
    const startClips = [0, 0, 0];
    const ctxValid: Pattern[] = [];
    const ctxState: number[] = [];
    let i = 0;
    while (i < n) {
      const w0 = tw[i];
      const f0 = flags[w0];
      if ((f0 & F_CAND) === 0) {
        i++;
        continue;
      }
      // Candidates, longest first.
      cands.length = 0;
      let nk = 1;
      startKeys[0] = loose[w0];
      startClips[0] = words.pre[w0];
      if (alt[w0] >= 0) {
        startKeys[nk] = alt[w0];
        startClips[nk++] = words.altPre[w0];
      }
      if (alt2[w0] >= 0) {
        startKeys[nk] = alt2[w0];
        startClips[nk++] = words.alt2Pre[w0];
      }
      for (let pass = 0; pass < nk; pass++) {
        let node: TrieNode | undefined = root.next.get(startKeys[pass]);
        for (let j = i + 1; node && j <= n; j++) {
          if (node.pats.length > 0) cands.push({ len: j - i, pats: node.pats, clip: startClips[pass] });
          if (j === n || tj[j] === 0) break;
          node = node.next.get(loose[tw[j]]);
        }
      }
      // Longest first; for the same length, the word as written before a reading without proclitics.
      if (cands.length > 1) cands.sort((a, b) => b.len - a.len || a.clip - b.clip);
      const acr = acronyms.get(w0);
      if (acr) cands.push({ len: 1, pats: acr, clip: 0 });
      for (let pass = 0; pass < nk; pass++) {
        const one = single.get(pass === 0 ? medium[w0] : startKeys[pass]);
        if (one) cands.push({ len: 1, pats: one, clip: startClips[pass] });
      }

      let took: Accepted | null = null;
      for (let c = 0; c < cands.length && !took; c++) {
        const { len, pats, clip } = cands[c];
        ctxValid.length = 0;
        ctxState.length = 0;
        let immediate: Pattern | null = null;
        for (const p of pats) {
          if (!shapeOk(p, t, text, flags, words.strict, i, len)) continue;
          if (p.definite && !ARABIC_DEFINITE.test(text.slice(t.start[i], t.start[i] + 5))) continue;
          if (p.kind !== K_CONTEXT) {
            immediate = p;
            break;
          }
          const s = contextState(p, i, len);
          if (s !== -2) {
            ctxValid.push(p);
            ctxState.push(s);
          }
        }
        if (ctxValid.length > 0) {
          // The closest antecedent wins, then a holding word anchor, then (deferred) the first in file order.
          let bi = -1;
          for (let k = 0; k < ctxValid.length; k++) if (ctxState[k] >= -1 && (bi < 0 || ctxState[k] > ctxState[bi])) bi = k;
          if (bi >= 0) took = { pat: ctxValid[bi], from: i, to: i + len - 1, clip, deferred: null };
          else {
            took = { pat: ctxValid[0], from: i, to: i + len - 1, clip, deferred: ctxValid.slice() };
            anyDeferred = true;
          }
        } else if (immediate) {
          took = { pat: immediate, from: i, to: i + len - 1, clip, deferred: null };
        }
      }
      if (took && took.pat.kind !== K_STOP && inProperNoun(t, took.from, took.to)) {
        i = took.to + 1;
      } else if (took) {
        if (took.pat.kind !== K_STOP) {
          if (!took.deferred) extendSameEntity(t, took, text);
          accepted.push(took);
          // A name, or a contextual form its context resolved, is an antecedent for what follows.
          if (!took.deferred) {
            lastSeen[took.pat.entity] = took.to;
            if (isFaction[took.pat.entity]) lastFaction = took.to;
          }
        }
        // A form waiting for its anchor does not consume its words yet: if it is dropped at the end, what
        // stands inside it still counts ("the New Syrian Army" under a pending "the new Syrian army").
        i = took.deferred ? i + 1 : took.to + 1;
      } else {
        i++;
      }
    }

    // Forms waiting for an entity named elsewhere ("IS" only if the Islamic State is otherwise named).
    let kept = accepted;
    if (anyDeferred) {
      kept = [];
      let coveredTo = -1;
      for (const a of accepted) {
        if (a.from <= coveredTo) continue; // inside a kept deferred form
        if (!a.deferred) {
          kept.push(a);
          continue;
        }
        const p = a.deferred.find((d) => rules[d.rule].entities.some((e) => lastSeen[e] >= 0) || (rules[d.rule].anyFaction && lastFaction >= 0));
        if (p) {
          kept.push({ ...a, pat: p, deferred: null });
          coveredTo = a.to;
        }
      }
    }
    if (sponsorKinds.size > 0) {
      let sponsoredTo = -2; // the last word of the last state read as a sponsor
      kept = kept.filter((a, k) => {
        if (!sponsorKinds.has(entityKind[a.pat.entity] ?? '')) return true;
        // («التي رعتها روسيا وتركيا»: a state joined by «و» to a sponsor is one too, as "Russia and Turkey" is)
        const joinedToSponsor = a.from === a.to && a.from === sponsoredTo + 1 && a.clip > 0 && text.charCodeAt(t.start[a.from]) === 0x648 && /^\s+$/.test(text.slice(t.end[a.from - 1], t.start[a.from]));
        if (joinedToSponsor || isSponsored(text, t, a)) {
          sponsoredTo = a.to;
          return false;
        }
        // "Russia's Wagner Group": the possessive state qualifies the next name.
        if (sponsorPossessive && a.from === a.to && k + 1 < kept.length && kept[k + 1].from === a.to + 1 && t.join[a.to + 1] === 1) {
          const gap = text.slice(t.end[a.to], t.start[a.to + 1]);
          if (/^['’ʼ]s\s+$/.test(gap) && t.art[a.to + 1] < 0) return false;
        }
        return true;
      });
    }
    kept = withCoordinatedStates(text, t, kept, contextState);
    const out: FactionMatch[] = new Array(kept.length);
    for (let k = 0; k < kept.length; k++) {
      const a = kept[k];
      const from = firstWordOfSpan(t, a);
      const start = t.art[from] >= 0 ? t.art[from] : t.start[from] + (from === a.from ? a.clip : 0);
      const end = t.end[a.to];
      out[k] = { entityId: a.pat.entityId, start, end, surface: text.slice(start, end) };
    }
    return out;
  }

  /**
   * "Russian and Syrian warplanes", "Turkish, Russian and Iranian patrols", "Iranian and Hezbollah fighters": a
   * state's adjective coordinated with another name shares that name's noun, so the state acts too. The
   * adjective becomes a mention of its own when the adjective with the shared noun is one of that state's
   * forms ("Russian warplanes"), its context holding for a contextual form ("Syrian warplanes" in a Syria text).
   */
  function withCoordinatedStates(text: string, t: ScanResult, kept: Accepted[], contextState: (p: Pattern, i: number, len: number) => number): Accepted[] {
    const { word: tw, join: tj } = t;
    let added: Accepted[] | null = null;
    /** The word coordinated before `right` ("X and right…", "X, right…"), or -1. Cheap tests first: most mentions have none. */
    const coordinatedBefore = (right: number): number => {
      if (right < 1) return -1;
      if (words.strict[tw[right - 1]] === KEY_AND) return right >= 2 && tj[right - 1] === 1 && tj[right] === 1 ? right - 2 : -1;
      if (tj[right] === 1) return -1; // joined with no punctuation: no comma between
      const gapFrom = t.end[right - 1];
      const gapTo = t.start[right];
      return gapTo - gapFrom <= 3 && text.slice(gapFrom, gapTo).trim() === ',' ? right - 1 : -1;
    };
    for (let k = 0; k < kept.length; k++) {
      const m = kept[k];
      if (coordinatedBefore(m.from) < 0) continue;
      // the shared noun: what follows the partner's own first word inside it, else the one or two words after it
      const tails: [number, number][] = m.to > m.from ? [[m.from + 1, m.to]] : [[m.to + 1, m.to + 1], [m.to + 1, m.to + 2]];
      let right = m.from; // the leftmost coordinated word so far
      for (;;) {
        const adj = coordinatedBefore(right);
        if (adj < 0 || (k > 0 && kept[k - 1].to >= adj) || (added && added.some((a) => a.from === adj))) break;
        if ((words.flags[tw[adj]] & F_CAPITAL) === 0) break;
        let took: Pattern | null = null;
        for (const [from, to] of tails) {
          if (to >= t.n) continue;
          const keys = [words.loose[tw[adj]]];
          for (let q = from; q <= to; q++) keys.push(words.loose[tw[q]]);
          took = stateFormOf(keys, m.pat.entity, adj, contextState);
          if (took) break;
        }
        if (!took) break;
        (added ??= []).push({ pat: took, from: adj, to: adj, clip: 0, deferred: null });
        right = adj;
      }
    }
    // Arabic puts the adjectives after the noun: "الطيران الحربي السوري والروسي" is the Syrian and the Russian air force
    for (let k = 0; k < kept.length; k++) {
      const m = kept[k];
      const nx = m.to + 1;
      if (!m.pat.arabic || m.to === m.from || nx >= t.n || tj[nx] !== 1 || entityKind[m.pat.entity] !== 'state-force') continue;
      if ((k + 1 < kept.length && kept[k + 1].from <= nx) || text.charCodeAt(t.start[nx]) !== 0x648) continue; // "و…"
      if (words.pre[tw[nx]] < 1) continue; // the و is a conjunction written joined to the adjective
      const keys: number[] = [];
      for (let q = m.from; q < m.to; q++) keys.push(words.loose[tw[q]]);
      keys.push(words.loose[tw[nx]]);
      const p = stateFormOf(keys, m.pat.entity, nx, contextState);
      if (p) (added ??= []).push({ pat: p, from: nx, to: nx, clip: words.pre[tw[nx]], deferred: null });
    }
    if (!added) return kept;
    return [...kept, ...added].sort((a, b) => a.from - b.from);
  }

  /**
   * The pattern of a state other than `partner` whose words are `keys` (loose keys, in order), its context holding
   * for the adjective at word `at` when it is a contextual form; null when there is none.
   */
  function stateFormOf(keys: number[], partner: number, at: number, contextState: (p: Pattern, i: number, len: number) => number): Pattern | null {
    let node: TrieNode | undefined = root.next.get(keys[0]);
    for (let q = 1; node && q < keys.length; q++) node = node.next.get(keys[q]);
    if (!node) return null;
    for (const p of node.pats) {
      if (p.entity === partner || entityKind[p.entity] !== 'state-force' || p.kind === K_STOP) continue;
      if (p.kind === K_CONTEXT && contextState(p, at, 1) < -1) continue;
      return p;
    }
    return null;
  }

  /**
   * Where the reader's mark begins. A descriptive form that may drop its "the" and goes on with a capital is
   * name-like and starts at the capital, as names do ("the Syrian army" -> "Syrian army", like "the Free
   * Syrian Army" -> "Free Syrian Army"); "the regime", "the bygone regime" keep it, and so do anaphors ("the
   * Front", matched as written). A person's title is not part of a faction or state mention built on the
   * name ("President Bashar al-Assad's government" -> "Bashar al-Assad's government").
   */
  function firstWordOfSpan(t: ScanResult, a: Accepted): number {
    let from = a.from;
    while (from < a.to) {
      const w = t.word[from];
      const nextCapital = (words.flags[t.word[from + 1]] & F_CAPITAL) !== 0;
      if (words.strict[w] === KEY_THE && a.pat.raw === null && nextCapital) from++;
      else if (titles.has(words.strict[w]) && !isPerson[a.pat.entity] && (words.flags[w] & F_CAPITAL) !== 0 && nextCapital) from++;
      else break;
    }
    return from;
  }

  /**
   * Two names of one entity that overlap are one mention over both: "تنظيم الدولة" + "الدولة الإسلامية" is
   * "تنظيم الدولة الإسلامية", "Tanzim al-Dawla" + "al-Dawla al-Islamiya" likewise.
   */
  function extendSameEntity(t: ScanResult, a: Accepted, text: string): void {
    const { n, word: tw, join: tj } = t;
    for (let j = a.from + 1; j <= a.to; j++) {
      let node: TrieNode | undefined = root.next.get(words.loose[tw[j]]);
      for (let k = j + 1; node && k <= n; k++) {
        if (k - 1 > a.to) {
          for (const p of node.pats) {
            if (p.entity === a.pat.entity && p.kind === K_NAME && shapeOk(p, t, text, words.flags, words.strict, j, k - j)) {
              a.to = k - 1;
              break;
            }
          }
        }
        if (k === n || tj[k] === 0) break;
        node = node.next.get(words.loose[tw[k]]);
      }
    }
  }

  /** The words from..to are part of a longer proper noun ("Nusra Street", "Lake Assad", "شارع حزب الله"). */
  function inProperNoun(t: ScanResult, from: number, to: number): boolean {
    if (to + 1 < t.n && t.join[to + 1] === 1 && namesPlace(t.word[to + 1], properAfter)) return true;
    return from > 0 && t.join[from] === 1 && namesPlace(t.word[from - 1], properBefore);
  }

  function namesPlace(w: number, set: Set<number>): boolean {
    if ((words.flags[w] & (F_CAPITAL | F_ARABIC)) === 0) return false;
    return set.has(words.strict[w]) || set.has(words.alt[w]) || set.has(words.alt2[w]);
  }

  function isSponsored(text: string, t: ScanResult, a: Accepted): boolean {
    const { from, to } = a;
    const n = t.n;
    const strictOf = (k: number): number => words.strict[t.word[k]];
    // "pro-Iranian militias": the state qualifies somebody else, whatever the form.
    if (from > 0 && sponsorPrefixes.has(strictOf(from - 1)) && /^[-‐‑]$/.test(text.slice(t.end[from - 1], t.start[from]))) return true;
    // "the Zionist regime's support for …": patronage in the possessive, whatever the form of the name.
    if (to + 1 < n && sponsorNouns.has(strictOf(to + 1)) && /^['’ʼ]s\s+$/.test(text.slice(t.end[to], t.start[to + 1]))) return true;
    // Only a bare state name is a sponsor reference: "backed by Russian warplanes" is Russia in action.
    if (from !== to) return false;
    // "الموالية لإيران": the cue's last letter is the proclitic the name was read without.
    if (a.clip > 0 && from > 0 && /^\s+$/.test(text.slice(t.end[from - 1], t.start[from]))) {
      const proclitic = text.slice(t.start[from], t.start[from] + a.clip).replace(/[\u064B-\u065F\u0670\u0640]/g, '');
      for (const cue of sponsorProclitic) {
        if (!proclitic.endsWith(cue.letter) || from - cue.words.length < 0) continue;
        let ok = true;
        for (let q = 0; q < cue.words.length && ok; q++) {
          const k = from - cue.words.length + q;
          if (strictOf(k) !== cue.words[q] || (q > 0 && t.join[k] === 0)) ok = false;
        }
        if (ok) return true;
      }
    }
    // "Iran-backed": the next word is hyphenated to the name.
    if (to + 1 < n && /^[-‐‑]$/.test(text.slice(t.end[to], t.start[to + 1])) && sponsorAfter.has(strictOf(to + 1))) return true;
    // "backed by [Saudi Arabia and] Turkey".
    let k = from - 1;
    let skipped = 0;
    const gapOk = (a: number, b: number): boolean => /^[\s,]*$/.test(text.slice(t.end[a], t.art[b] >= 0 ? t.art[b] : t.start[b]));
    if (k < 0 || !gapOk(k, from)) return false;
    for (;;) {
      for (const cue of sponsorBefore) {
        const m = cue.length;
        if (k - m + 1 < 0) continue;
        let ok = true;
        for (let q = 0; q < m && ok; q++) {
          if (strictOf(k - m + 1 + q) !== cue[q]) ok = false;
          if (q > 0 && t.join[k - m + 1 + q] === 0) ok = false;
        }
        if (ok) return true;
      }
      const f = words.flags[t.word[k]];
      const s = strictOf(k);
      const skippable = ((f & F_LOWER) === 0 && (f & F_ARABIC) === 0) || s === KEY_AND || s === KEY_OR || s === KEY_THE;
      if (!skippable || skipped >= 5 || k === 0 || !gapOk(k - 1, k)) return false;
      skipped++;
      k--;
    }
  }

  return { match };
}

/**
 * "of" and "of the" are both written inside English names ("Army of the Mujahideen" for "Army of Mujahideen",
 * "Guardians of Religion" for "Guardians of the Religion"): a name is indexed under both.
 */
function ofTheVariants(phrase: string): string[] {
  const out = [phrase];
  if (/\bof the\s/i.test(phrase)) out.push(phrase.replace(/\bof the\s/gi, 'of '));
  if (/\bof\s(?!the\s)/i.test(phrase)) out.push(phrase.replace(/\bof\s(?!the\s)/gi, 'of the '));
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function hyphenBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHyphen(text.charCodeAt(k))) return true;
  return false;
}

/** Case and shape checks that do not depend on context. */
function shapeOk(p: Pattern, t: ScanResult, text: string, flags: Uint8Array, strict: Int32Array, i: number, len: number): boolean {
  const { n, word: tw, join: tj, start: starts, end: ends } = t;
  if (p.raw) {
    for (let k = 0; k < len; k++) {
      const w = tw[i + k];
      if (w !== p.raw[k] && !(k === 0 && w === p.rawAlt)) return false;
    }
    // Shouting guard: "THIS IS WAR" is not the Islamic State. (Acronyms hyphenated together name a compound,
    // "PKK/PYD-YPG", "YPG-PKK": each counts.)
    if ((i > 0 && (flags[tw[i - 1]] & F_CAPS) !== 0 && tj[i] === 1 && !hyphenBetween(text, ends[i - 1], starts[i])) || (i + len < n && (flags[tw[i + len]] & F_CAPS) !== 0 && tj[i + len] === 1 && !hyphenBetween(text, ends[i + len - 1], starts[i + len]))) return false;
  } else if (!p.arabic && p.kind !== K_CONTEXT) {
    if (len === 1) {
      const w = tw[i];
      if ((flags[w] & F_LOWER) !== 0 && p.kind !== K_STOP && !(p.lowerOk && strict[w] === p.strict[0])) return false;
    } else if (p.kind === K_NAME) {
      let allLower = true;
      for (let k = 0; k < len; k++) if ((flags[tw[i + k]] & F_LOWER) === 0) allLower = false;
      if (allLower) return false;
    }
  }
  if (p.kind === K_STOP && p.mustLower) {
    for (let k = 0; k < len; k++) if (p.mustLower[k] && (flags[tw[i + k]] & F_LOWER) === 0) return false;
  }
  return true;
}
