import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { DateSource, FactionChip } from '../../../shared/model';
import { BLOC_LABELS, dateLabel, formatDate } from '../lib/format';

export interface ListItem {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  /** Null when only a search hit is known (its date source is not part of the hit). */
  dateSource: DateSource | null;
  factions: FactionChip[];
  tags: string[];
  snippet: string | null;
}

interface Props {
  items: ListItem[];
  openId: number | null;
  cursor: number;
  onOpen: (index: number) => void;
  label: string;
  empty: ReactNode;
}

const MAX_CHIPS = 3;

function RowDate({ date, source }: { date: string | null; source: DateSource | null }) {
  if (source === null) return date ? <span className="row-date">{formatDate(date)}</span> : null;
  const d = dateLabel(date, source);
  if (!date) return null;
  return (
    <span className={`row-date${d.uncertain ? ' uncertain' : ''}`} title={d.explanation}>
      {d.text}
    </span>
  );
}

export function ArticleList({ items, openId, cursor, onOpen, label, empty }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.snippet ? 112 : 84),
    overscan: 8,
    getItemKey: (i) => items[i]?.id ?? i,
  });

  useEffect(() => {
    if (cursor >= 0 && cursor < items.length) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, items.length, virtualizer]);

  return (
    <section className="list-pane" aria-label={label}>
      <div className="list-head">
        <span className="section-title" data-testid="list-label" data-count={items.length}>
          {label}
        </span>
      </div>
      <div
        ref={scrollRef}
        className="list-scroll"
        data-testid="article-list"
        role="listbox"
        aria-label={label}
        aria-activedescendant={cursor >= 0 && items[cursor] ? `article-row-${items[cursor].id}` : undefined}
        tabIndex={0}
      >
        {items.length === 0 ? (
          <div className="list-empty">{empty}</div>
        ) : (
          <div className="list-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
            {virtualizer.getVirtualItems().map((v) => {
              const item = items[v.index];
              if (!item) return null;
              const open = item.id === openId;
              const chips = [...item.factions].sort((a, b) => b.count - a.count).slice(0, MAX_CHIPS);
              const more = item.factions.length - chips.length;
              return (
                <div
                  key={v.key}
                  id={`article-row-${item.id}`}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  data-testid="article-row"
                  data-article-id={item.id}
                  role="option"
                  aria-selected={open}
                  className={`article-row${open ? ' open' : ''}${v.index === cursor ? ' cursor' : ''}`}
                  style={{ transform: `translateY(${v.start}px)` }}
                  onClick={() => onOpen(v.index)}
                >
                  <div className="row-title" data-testid="article-row-title" dir="auto">
                    {item.title || 'Untitled'}
                  </div>
                  <div className="row-meta">
                    {item.outlet && (
                      <span className="row-outlet" dir="auto">
                        {item.outlet}
                      </span>
                    )}
                    <RowDate date={item.date} source={item.dateSource} />
                    {item.tags.length > 0 && (
                      <span className="row-tags" dir="auto">
                        {item.tags.map((t) => `#${t}`).join(' ')}
                      </span>
                    )}
                  </div>
                  {item.snippet && (
                    <div className="row-snippet" dir="auto">
                      {item.snippet}
                    </div>
                  )}
                  {chips.length > 0 && (
                    <div className="row-chips">
                      {chips.map((c) => (
                        <span
                          key={c.id}
                          className={`chip bloc-${c.bloc}`}
                          title={`${c.name} — ${BLOC_LABELS[c.bloc]}, ${c.count} mention${c.count === 1 ? '' : 's'}`}
                        >
                          {c.name}
                        </span>
                      ))}
                      {more > 0 && <span className="chip more">+{more}</span>}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
