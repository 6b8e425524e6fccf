import { useState, type KeyboardEvent } from 'react';

interface Props {
  tags: string[];
  knownTags: string[];
  onAdd: (tag: string) => Promise<boolean>;
  onRemove: (tag: string) => void;
}

export function TagEditor({ tags, knownTags, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    const tag = draft.trim();
    if (!tag) return;
    if (tag.length > 64) {
      setProblem('A tag can be at most 64 characters.');
      return;
    }
    if (tags.includes(tag)) {
      setProblem(`“${tag}” is already on this article.`);
      return;
    }
    setProblem(null);
    setBusy(true);
    const ok = await onAdd(tag);
    setBusy(false);
    if (ok) setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      if (draft) {
        e.stopPropagation();
        setDraft('');
        setProblem(null);
      } else {
        e.currentTarget.blur();
      }
    }
  };

  return (
    <section className="tag-editor" aria-label="Tags on this article">
      <h2 className="section-title">Tags</h2>
      <ul className="tag-chips plain-list">
        {tags.map((t) => (
          <li key={t} className="tag-chip" data-testid="tag-chip" data-tag={t}>
            <span dir="auto">#{t}</span>
            <button
              type="button"
              className="tag-remove"
              data-testid="tag-remove"
              aria-label={`Remove tag ${t}`}
              title={`Remove tag “${t}”`}
              onClick={() => onRemove(t)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="tag-input"
        data-testid="tag-input"
        type="text"
        dir="auto"
        placeholder={tags.length ? 'Add another tag, Enter' : 'Add a tag, Enter'}
        aria-label="Add a tag"
        value={draft}
        maxLength={64}
        list="known-tags"
        disabled={busy}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      <datalist id="known-tags">
        {knownTags
          .filter((t) => !tags.includes(t))
          .map((t) => (
            <option key={t} value={t} />
          ))}
      </datalist>
      {problem && <p className="field-problem">{problem}</p>}
    </section>
  );
}
