import { useState } from 'react';
import type { NearDuplicateDecision } from '../../../shared/model';
import { percent } from '../lib/format';

export interface NearDuplicatePair {
  articleId: number;
  title: string;
  outlet: string | null;
  otherId: number;
  otherTitle: string;
  otherOutlet: string | null;
  similarity: number;
}

/** Resolves one pair; resolves to true when the core took the decision. */
export type ResolveNearDuplicate = (pair: NearDuplicatePair, decision: NearDuplicateDecision) => Promise<boolean>;

interface Props {
  pair: NearDuplicatePair;
  onResolve: ResolveNearDuplicate;
  onOpenArticle: (id: number) => void;
  /** A decision already taken in this window (keep both or link), shown instead of the buttons. */
  decided?: NearDuplicateDecision;
  /** 'row' in lists; 'notice' at the top of the reader (the open article is the one named first). */
  variant?: 'row' | 'notice';
  /** In the reader: the id of the open article, so the sentence names the other one. */
  openId?: number;
  as?: 'li' | 'div';
}

const DONE: Record<NearDuplicateDecision, string> = {
  'keep-both': 'Kept both as separate articles.',
  skip: 'Skipped: the newer copy was removed; its original file stays in the library.',
  link: 'Linked as versions of the same story.',
};

function Outlet({ outlet }: { outlet: string | null }) {
  return outlet ? <span className="muted"> ({outlet})</span> : null;
}

/** “Title” is possibly the same as “Other title”, 93% alike — Keep both · Skip · Link as versions. */
export function NearDuplicateRow({ pair, onResolve, onOpenArticle, decided, variant = 'row', openId, as = 'li' }: Props) {
  const [pending, setPending] = useState<NearDuplicateDecision | null>(null);
  const [done, setDone] = useState<NearDuplicateDecision | null>(decided ?? null);
  const Tag = as;

  const act = (decision: NearDuplicateDecision): void => {
    setPending(decision);
    onResolve(pair, decision).then(
      (ok) => {
        setPending(null);
        if (ok) setDone(decision);
      },
      () => setPending(null),
    );
  };

  // The quotation marks are inside the link so a long title never leaves one stranded on its own line.
  const title = (id: number, text: string, outlet: string | null) => (
    <>
      <button type="button" className="link-button inline" onClick={() => onOpenArticle(id)} dir="auto" title="Open this article">
        “{text || 'Untitled'}”
      </button>
      <Outlet outlet={outlet} />
    </>
  );

  const otherIsOpen = variant === 'notice' && openId === pair.otherId;
  const sentenceNode =
    variant === 'notice' ? (
      <>
        Possibly the same as{' '}
        {otherIsOpen ? title(pair.articleId, pair.title, pair.outlet) : title(pair.otherId, pair.otherTitle, pair.otherOutlet)} (
        {percent(pair.similarity)} alike)
      </>
    ) : (
      <>
        {title(pair.articleId, pair.title, pair.outlet)} is possibly the same as {title(pair.otherId, pair.otherTitle, pair.otherOutlet)},{' '}
        {percent(pair.similarity)} alike
      </>
    );

  const skipTitle = `Remove the newer copy “${pair.title || 'Untitled'}”; its original file stays in the library`;

  return (
    <Tag
      className={`near-duplicate ${variant}${done ? ' decided' : ''}`}
      data-testid="near-duplicate"
      data-article-id={pair.articleId}
      data-other-id={pair.otherId}
      data-decision={done ?? undefined}
    >
      <span className="near-duplicate-text">{sentenceNode}</span>
      {done ? (
        <span className="near-duplicate-done" data-testid="near-duplicate-done">
          {DONE[done]}
        </span>
      ) : (
        <span className="near-duplicate-actions">
          <button
            type="button"
            className="button small"
            data-testid="near-duplicate-keep"
            disabled={pending !== null}
            onClick={() => act('keep-both')}
            title="They are different articles: keep both and stop asking"
          >
            {pending === 'keep-both' ? 'Keeping…' : 'Keep both'}
          </button>
          <button
            type="button"
            className="button small"
            data-testid="near-duplicate-skip"
            disabled={pending !== null}
            onClick={() => act('skip')}
            title={skipTitle}
          >
            {pending === 'skip' ? 'Skipping…' : 'Skip'}
          </button>
          <button
            type="button"
            className="button small"
            data-testid="near-duplicate-link"
            disabled={pending !== null}
            onClick={() => act('link')}
            title="Keep both, linked as versions of the same story"
          >
            {pending === 'link' ? 'Linking…' : 'Link as versions'}
          </button>
        </span>
      )}
    </Tag>
  );
}
