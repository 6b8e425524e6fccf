import { memo } from 'react';
import type { Bloc, EntityKind } from '../../../shared/model';
import { BLOC_LABELS } from '../lib/format';
import type { Run } from '../lib/highlight';

export interface EntityInfo {
  name: string;
  bloc: Bloc;
  kind: EntityKind;
}

interface Props {
  runs: Run[];
  entities: ReadonlyMap<string, EntityInfo>;
  /** 'body' marks are the steppable ones (data-testid="mention"); comment marks are quieter. */
  variant: 'body' | 'comment';
  currentMentionId: number | null;
  onMarkClick?: (entityId: string, mentionId: number) => void;
}

function Hits({ pieces }: { pieces: { text: string; hit: boolean }[] }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.hit ? (
          <mark key={i} className="search-hit" data-testid="search-hit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

export const MarkedText = memo(function MarkedText({ runs, entities, variant, currentMentionId, onMarkClick }: Props) {
  return (
    <>
      {runs.map((run, i) => {
        if (run.kind === 'text') {
          return run.hit ? (
            <mark key={i} className="search-hit" data-testid="search-hit">
              {run.text}
            </mark>
          ) : (
            run.text
          );
        }
        const info = entities.get(run.mark.entityId);
        const bloc: Bloc = info?.bloc ?? 'other';
        const person = info?.kind === 'person';
        const current = run.mark.mentionId === currentMentionId;
        const title = info
          ? `${info.name}${person ? ' (person)' : ` — ${BLOC_LABELS[bloc]}`}`
          : run.mark.entityId;
        return (
          <mark
            key={i}
            className={`mention bloc-${bloc}${person ? ' person' : ''}${variant === 'comment' ? ' in-comment' : ''}`}
            data-testid={variant === 'body' ? 'mention' : 'comment-mention'}
            data-entity-id={run.mark.entityId}
            data-mention-id={run.mark.mentionId}
            data-current={current ? 'true' : undefined}
            tabIndex={current ? -1 : undefined}
            title={title}
            onClick={onMarkClick ? () => onMarkClick(run.mark.entityId, run.mark.mentionId) : undefined}
          >
            <Hits pieces={run.pieces} />
          </mark>
        );
      })}
    </>
  );
});
