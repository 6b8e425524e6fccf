import { useEffect, useState, type FormEvent } from 'react';
import type { DossierApi } from '../../../shared/api';
import type { Bloc, FactionSuggestion, GazetteerEntrySummary } from '../../../shared/model';
import { errorText, plural, sentence } from '../lib/format';
import type { LineageRelation } from '../lib/filter';
import { findTermRanges } from '../lib/highlight';
import { BlocSelect, FactionPicker, RelationSelect } from './FactionPicker';

interface Props {
  api: DossierApi;
  reloadKey: number;
  gazetteer: GazetteerEntrySummary[];
  onOpenArticle: (id: number) => void;
  onOpenFaction: (id: string) => void;
  onChanged: () => void;
  onClose: () => void;
  onToast: (message: string, kind?: 'error' | 'info') => void;
}

type Kind = 'faction' | 'coalition' | 'state-force' | 'governance';
const KINDS: Kind[] = ['faction', 'coalition', 'state-force', 'governance'];

/** A first guess at the bloc from the words of the name; the analyst decides. */
function guessBloc(name: string): Bloc {
  if (/\b(liwa|kataib|katibat|harakat|jaysh|jaish|firqat|brigade|battalion)\b/i.test(name)) return 'rebel';
  return 'other';
}

function Sentence({ text, name }: { text: string; name: string }) {
  const ranges = findTermRanges(text, [name]);
  if (ranges.length === 0) return <>{text}</>;
  const r = ranges[0];
  return (
    <>
      {text.slice(0, r.start)}
      <mark className="sentence-mark">{text.slice(r.start, r.end)}</mark>
      {text.slice(r.end)}
    </>
  );
}

function AcceptForm({
  suggestion,
  gazetteer,
  onAccept,
  onCancel,
}: {
  suggestion: FactionSuggestion;
  gazetteer: GazetteerEntrySummary[];
  onAccept: (input: { name: string; bloc: Bloc; kind: Kind; aliases: string[]; lineage: { relation: LineageRelation; targetId: string; date: string | null } | null }) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(suggestion.name);
  const [bloc, setBloc] = useState<Bloc>(guessBloc(suggestion.name));
  const [kind, setKind] = useState<Kind>('faction');
  const [aliases, setAliases] = useState('');
  const [relation, setRelation] = useState<LineageRelation>('member-of');
  const [target, setTarget] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim().length < 2) {
      setProblem('A name needs at least two characters.');
      return;
    }
    if (date.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim())) {
      setProblem('Write the date as YYYY, YYYY-MM or YYYY-MM-DD.');
      return;
    }
    setBusy(true);
    const failed = await onAccept({
      name: name.trim(),
      bloc,
      kind,
      aliases: aliases
        .split(/[,;\n]/)
        .map((a) => a.trim())
        .filter((a) => a.length >= 2),
      lineage: target ? { relation, targetId: target, date: date.trim() || null } : null,
    });
    setBusy(false);
    setProblem(failed);
  };

  return (
    <form className="accept-form" data-testid="suggestion-accept-form" onSubmit={submit}>
      <label className="form-row">
        <span>Name</span>
        <input className="field-input" data-testid="suggestion-name" dir="auto" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <div className="form-row">
        <span>Bloc</span>
        <span className="correction-line">
          <BlocSelect value={bloc} onChange={setBloc} testid="suggestion-bloc" label="Bloc" />
          <select
            className="field-select narrow"
            aria-label="Kind"
            value={kind}
            onChange={(e) => {
              const k = KINDS.find((x) => x === e.target.value);
              if (k) setKind(k);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </span>
      </div>
      <label className="form-row">
        <span>Aliases</span>
        <input
          className="field-input"
          data-testid="suggestion-aliases"
          dir="auto"
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          placeholder="Other spellings, comma-separated (optional)"
        />
      </label>
      <div className="form-row">
        <span>Lineage</span>
        <span className="correction-line">
          <RelationSelect value={relation} onChange={setRelation} testid="suggestion-relation" />
          <FactionPicker entries={gazetteer} value={target} onChange={setTarget} testid="suggestion-lineage-target" label="Linked faction (optional)" placeholder="(no link)" />
          <input className="field-input date" value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM" aria-label="Date of the link (optional)" />
        </span>
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button small primary" data-testid="suggestion-accept-confirm" disabled={busy}>
          {busy ? 'Adding…' : 'Add to the gazetteer'}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Group names the gazetteer lacks, found in the articles, with where they were seen; accept or dismiss each. */
export function SuggestionsView({ api, reloadKey, gazetteer, onOpenArticle, onOpenFaction, onChanged, onClose, onToast }: Props) {
  const [open, setOpen] = useState<FactionSuggestion[] | null>(null);
  const [decided, setDecided] = useState<FactionSuggestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [accepting, setAccepting] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.listFactionSuggestions({ status: 'open' }).then(
      (list) => {
        if (cancelled) return;
        setOpen(list);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(errorText(e)),
    );
    Promise.all([api.listFactionSuggestions({ status: 'accepted' }), api.listFactionSuggestions({ status: 'dismissed' })]).then(
      ([a, d]) => !cancelled && setDecided([...a, ...d]),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, reloadKey]);

  const dismiss = (s: FactionSuggestion) => {
    api.dismissFactionSuggestion({ suggestionId: s.id }).then(
      () => {
        setOpen((list) => list?.filter((x) => x.id !== s.id) ?? list);
        setDecided((list) => [{ ...s, status: 'dismissed' }, ...list]);
        onChanged();
      },
      (e: unknown) => onToast(`Couldn't dismiss “${s.name}”: ${sentence(errorText(e))} Try again.`),
    );
  };

  const list = open ?? [];

  return (
    <section className="side-view suggestions-view" data-testid="suggestions-view" aria-labelledby="suggestions-title">
      <div className="side-view-head">
        <div>
          <h1 id="suggestions-title" className="side-view-title">
            Possible new factions
          </h1>
          <p className="muted small">
            Group names found in your articles (“Liwa …”, “Kataib …”, “… Brigade”) that the gazetteer does not know. Add one as a faction to have it
            highlighted and counted everywhere, or dismiss it.
          </p>
        </div>
        <button type="button" className="button small" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </div>
      {error && <p className="problem">Couldn't load the suggestions: {sentence(error)}</p>}
      {open === null && !error && <p className="muted">Loading…</p>}
      {open !== null && list.length === 0 && (
        <p className="muted" data-testid="suggestions-empty">
          No suggestions to decide on. New group names appear here as articles that name them are imported.
        </p>
      )}
      <ul className="plain-list suggestion-list">
        {list.map((s) => (
          <li key={s.id} className="suggestion" data-testid="suggestion" data-suggestion-id={s.id}>
            <div className="suggestion-head">
              <span className="suggestion-name" data-testid="suggestion-name-text" dir="auto">
                {s.name}
              </span>
              <span className="muted small">
                {plural(s.occurrences, 'time')} in {plural(s.articles, 'article')}
              </span>
              <span className="suggestion-actions">
                <button
                  type="button"
                  className="button small"
                  data-testid="suggestion-accept"
                  aria-expanded={accepting === s.id}
                  onClick={() => setAccepting((v) => (v === s.id ? null : s.id))}
                >
                  Accept…
                </button>
                <button type="button" className="button small" data-testid="suggestion-dismiss" onClick={() => dismiss(s)}>
                  Dismiss
                </button>
              </span>
            </div>
            <ul className="plain-list suggestion-contexts">
              {s.contexts.map((c, i) => (
                <li key={`${c.articleId}-${i}`} className="suggestion-context">
                  <span className="faction-article-sentence" dir="auto">
                    <Sentence text={c.sentence} name={s.name} />
                  </span>{' '}
                  <button type="button" className="link-button" onClick={() => onOpenArticle(c.articleId)} dir="auto">
                    — {c.articleTitle || 'Untitled'}
                  </button>
                </li>
              ))}
            </ul>
            {accepting === s.id && (
              <AcceptForm
                suggestion={s}
                gazetteer={gazetteer}
                onCancel={() => setAccepting(null)}
                onAccept={async (input) => {
                  try {
                    const { factionId } = await api.acceptFactionSuggestion({
                      suggestionId: s.id,
                      name: input.name,
                      bloc: input.bloc,
                      kind: input.kind,
                      ...(input.aliases.length ? { aliases: input.aliases } : {}),
                      ...(input.lineage ? { lineage: [input.lineage] } : {}),
                    });
                    setAccepting(null);
                    setOpen((l) => l?.filter((x) => x.id !== s.id) ?? l);
                    setDecided((l) => [{ ...s, status: 'accepted', acceptedFactionId: factionId }, ...l]);
                    onToast(`${input.name} added as a faction. Re-tagging the library…`, 'info');
                    onChanged();
                    return null;
                  } catch (e) {
                    return `Couldn't add ${input.name}: ${sentence(errorText(e))}`;
                  }
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {decided.length > 0 && (
        <section className="faction-section">
          <h2 className="section-title">Decided</h2>
          <ul className="plain-list decided-suggestions">
            {decided.map((s) => (
              <li key={s.id} className="small" data-testid="suggestion-decided" data-status={s.status}>
                <span dir="auto">{s.name}</span> —{' '}
                {s.status === 'accepted' && s.acceptedFactionId ? (
                  <button type="button" className="link-button" onClick={() => onOpenFaction(s.acceptedFactionId ?? '')}>
                    added as a faction
                  </button>
                ) : (
                  <span className="muted">dismissed</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
