import { useMemo } from 'react';
import type { Bloc, LineageEvent } from '../../../shared/model';
import { formatDate } from '../lib/format';

interface Props {
  events: LineageEvent[];
  /** The faction's own active years, drawn as the ends of the line. */
  active: { from: string | null; to: string | null } | null;
  name: string;
  blocOf: (id: string) => Bloc | undefined;
  onOpenFaction: (id: string) => void;
}

interface Row {
  date: string | null;
  items: ({ kind: 'event'; event: LineageEvent } | { kind: 'anchor'; text: string })[];
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * The lineage as a dated vertical line, oldest first: events on the same day share one date; the
 * faction's own start and end (when known) close the line at both ends. Each event opens the other faction.
 */
export function LineageTimeline({ events, active, name, blocOf, onOpenFaction }: Props) {
  const rows = useMemo(() => {
    const byDate = new Map<string, Row>();
    const order: Row[] = [];
    const rowFor = (date: string | null): Row => {
      const key = date ?? '';
      let row = byDate.get(key);
      if (!row) {
        row = { date, items: [] };
        byDate.set(key, row);
        order.push(row);
      }
      return row;
    };
    if (active?.from) rowFor(active.from).items.push({ kind: 'anchor', text: `${name} appears` });
    for (const event of events) rowFor(event.date).items.push({ kind: 'event', event });
    if (active?.to) rowFor(active.to).items.push({ kind: 'anchor', text: `${name} ends` });
    // Oldest first, undated at the end; on one day the anchor "appears" comes first, "ends" last.
    order.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    for (const row of order) {
      row.items.sort((a, b) => rank(a) - rank(b));
    }
    return order;
  }, [events, active, name]);

  if (events.length === 0) {
    return (
      <p className="muted small" data-testid="lineage-timeline">
        No lineage recorded: no renames, mergers or splits are known for this faction. Add one below if you know of it.
      </p>
    );
  }

  return (
    <ol className="lineage-timeline" data-testid="lineage-timeline" aria-label={`Lineage of ${name}, oldest first`}>
      {rows.map((row) => (
        <li key={row.date ?? 'undated'} className={`lineage-row${row.date ? '' : ' undated'}`}>
          <span className="lineage-date" dir="ltr">
            {row.date ? formatDate(row.date) : 'undated'}
          </span>
          <span className="lineage-dot" aria-hidden="true" />
          <ul className="plain-list lineage-items">
            {row.items.map((item, i) =>
              item.kind === 'anchor' ? (
                <li key={`a${i}`} className="lineage-anchor" data-testid="lineage-anchor">
                  {item.text}
                </li>
              ) : (
                <li key={`${item.event.otherId}-${item.event.relation}`}>
                  <button
                    type="button"
                    className={`lineage-event bloc-${blocOf(item.event.otherId) ?? 'other'}`}
                    data-testid="lineage-event"
                    data-entity-id={item.event.otherId}
                    data-date={item.event.date ?? ''}
                    onClick={() => onOpenFaction(item.event.otherId)}
                    title={`Open ${item.event.otherName}`}
                  >
                    <span className="lineage-relation">{capitalise(item.event.relation)}</span>{' '}
                    <span className="lineage-other">{item.event.otherName}</span>
                    {item.event.byUser && <span className="by-user" title="Added by you"> · yours</span>}
                  </button>
                </li>
              ),
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function rank(item: Row['items'][number]): number {
  if (item.kind === 'event') return 1;
  return item.text.endsWith('appears') ? 0 : 2;
}
