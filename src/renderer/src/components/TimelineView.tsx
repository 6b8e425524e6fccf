import { scaleBand, scaleLinear } from 'd3-scale';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DossierApi } from '../../../shared/api';
import type { LibraryFilter, MentionTimeline, TimelineBucket } from '../../../shared/model';
import { useElementSize } from '../hooks/useElementSize';
import { BLOC_LABELS, errorText, formatDate, plural, sentence } from '../lib/format';

interface Props {
  api: DossierApi;
  filter: LibraryFilter;
  filterKey: string;
  reloadKey: number;
  /** Factions chosen in the left column: their rows instead of the most mentioned ones. */
  factionIds: string[];
  activePeriod: string | null;
  onPickPeriod: (bucket: TimelineBucket) => void;
}

const LABEL_W = 190;
const ROW_H = 34;
const AXIS_H = 22;
const RIGHT_PAD = 16;

/** Every month from the first to the last, so gaps in coverage show as gaps. */
function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    if (out.length > 1200) break;
  }
  return out;
}

/** Mentions by article month, one small row per faction (same months across rows); click a month for its articles. */
export function TimelineView({ api, filter, filterKey, reloadKey, factionIds, activePeriod, onPickPeriod }: Props) {
  const [data, setData] = useState<MentionTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementSize(boxRef)?.width ?? 0;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const idsKey = factionIds.join('|');

  useEffect(() => {
    let cancelled = false;
    const ids = idsKey ? idsKey.split('|').slice(0, 20) : [];
    api.getMentionTimeline({ filter: filterRef.current, ...(ids.length ? { factionIds: ids } : {}) }).then(
      (d) => {
        if (cancelled) return;
        setData(d);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, filterKey, reloadKey, idsKey]);


  const chart = useMemo(() => {
    if (!data || data.buckets.length === 0 || width < 200) return null;
    const months = monthRange(data.buckets[0].period, data.buckets[data.buckets.length - 1].period);
    const x = scaleBand<string>()
      .domain(months)
      .range([LABEL_W, width - RIGHT_PAD])
      .paddingInner(months.length > 60 ? 0.1 : 0.25);
    const byPeriod = new Map(data.buckets.map((b) => [b.period, b]));
    const rows = [
      { id: '__articles', name: 'Articles', bloc: null, value: (b: TimelineBucket) => b.articles },
      ...data.factions.map((f) => ({ id: f.id, name: f.name, bloc: f.bloc, value: (b: TimelineBucket) => b.mentions[f.id] ?? 0 })),
    ].map((row) => {
      const max = Math.max(1, ...data.buckets.map(row.value));
      const total = data.buckets.reduce((n, b) => n + row.value(b), 0);
      return { ...row, max, total, y: scaleLinear().domain([0, max]).range([0, ROW_H - 8]) };
    });
    // Year ticks: every January, fewer when they would crowd.
    const years = months.filter((m) => m.endsWith('-01') || m === months[0]);
    const step = Math.max(1, Math.ceil(years.length / Math.max(1, (width - LABEL_W) / 48)));
    const ticks = years.filter((_, i) => i % step === 0);
    return { months, x, byPeriod, rows, ticks, height: AXIS_H + rows.length * ROW_H + 4 };
  }, [data, width]);

  const hovered = hover && data ? data.buckets.find((b) => b.period === hover) : undefined;

  return (
    <section className="view timeline-view" data-testid="timeline-view" aria-label="Mentions over time">
      <header className="view-head">
        <div>
          <h1 className="view-title">Mentions by month</h1>
          <p className="muted small" data-testid="timeline-summary">
            {data
              ? `Body mentions per month of publication, in the articles of the current filter, for ${factionIds.length ? 'the chosen factions' : 'the most mentioned factions'}. Each row has its own scale (the number is its busiest month). Click a month to list its articles.`
              : 'Loading…'}
          </p>
        </div>
        {data && (
          <p className="timeline-undated small" data-testid="timeline-undated">
            {data.undated === 0 ? 'Every article has a date.' : `${plural(data.undated, 'article')} without a date ${data.undated === 1 ? 'is' : 'are'} not shown.`}
          </p>
        )}
      </header>
      {error && <p className="problem">Couldn't build the timeline: {sentence(error)} It will try again when the filter or the library changes.</p>}
      <div className="timeline-box" ref={boxRef}>
        {data && data.buckets.length === 0 && <p className="view-empty muted">No dated articles in this filter.</p>}
        {chart && (
          <svg className="timeline-svg" width={width} height={chart.height} role="img" aria-label="Mentions per month for each faction">
            <g className="timeline-axis">
              {chart.ticks.map((m) => (
                <g key={m} transform={`translate(${chart.x(m) ?? 0},0)`}>
                  <line y1={AXIS_H - 4} y2={chart.height} className="tick-line" />
                  <text y={AXIS_H - 8} className="tick-label">
                    {m.slice(0, 4)}
                  </text>
                </g>
              ))}
            </g>
            {chart.rows.map((row, i) => {
              const top = AXIS_H + i * ROW_H;
              return (
                <g key={row.id} className={`timeline-row${row.bloc ? ` bloc-${row.bloc}` : ' articles-row'}`} data-testid="timeline-row" data-entity-id={row.bloc ? row.id : undefined} transform={`translate(0,${top})`}>
                  <line x1={LABEL_W} x2={width - RIGHT_PAD} y1={ROW_H - 2} y2={ROW_H - 2} className="row-base" />
                  <text x={8} y={ROW_H / 2 + 2} className="row-label">
                    {row.name.length > 26 ? `${row.name.slice(0, 25)}…` : row.name}
                    <title>{row.bloc ? `${row.name} — ${BLOC_LABELS[row.bloc]}: ${row.total} mentions` : `${row.total} dated articles`}</title>
                  </text>
                  <text x={LABEL_W - 8} y={ROW_H / 2 + 2} className="row-max" textAnchor="end">
                    {row.max}
                  </text>
                  {data?.buckets.map((b) => {
                    const v = row.value(b);
                    if (v === 0) return null;
                    const h = Math.max(2, row.y(v));
                    return <rect key={b.period} className="bar" x={chart.x(b.period) ?? 0} width={Math.max(1.5, chart.x.bandwidth())} y={ROW_H - 2 - h} height={h} />;
                  })}
                </g>
              );
            })}
            <g className="timeline-hits">
              {data?.buckets.map((b) => {
                // Each month's target covers its whole step (bar and gap), so neighbours never overlap.
                const x0 = chart.x(b.period) ?? 0;
                const bw = chart.x.bandwidth();
                const w = chart.x.step();
                return (
                  <rect
                    key={b.period}
                    className={`timeline-bucket${hover === b.period ? ' hover' : ''}${activePeriod === b.period ? ' active' : ''}`}
                    data-testid="timeline-bucket"
                    data-period={b.period}
                    x={x0 + bw / 2 - w / 2}
                    width={w}
                    y={AXIS_H}
                    height={chart.height - AXIS_H}
                    tabIndex={0}
                    role="button"
                    aria-label={`${formatDate(b.period)}: ${plural(b.articles, 'article')}`}
                    onMouseEnter={() => setHover(b.period)}
                    onMouseLeave={() => setHover(null)}
                    onFocus={() => setHover(b.period)}
                    onBlur={() => setHover(null)}
                    onClick={() => onPickPeriod(b)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onPickPeriod(b);
                      }
                    }}
                  />
                );
              })}
            </g>
          </svg>
        )}
        {hovered && chart && data && (
          <div
            className="timeline-tip"
            role="status"
            data-testid="timeline-tip"
            style={{
              left: `${Math.min(width - 260, Math.max(0, (chart.x(hovered.period) ?? 0) + 12))}px`,
              top: `${chart.height + 6}px`,
            }}
          >
            <strong>{formatDate(hovered.period)}</strong> · {plural(hovered.articles, 'article')}
            <ul className="plain-list">
              {data.factions
                .filter((f) => (hovered.mentions[f.id] ?? 0) > 0)
                .sort((a, b) => (hovered.mentions[b.id] ?? 0) - (hovered.mentions[a.id] ?? 0))
                .map((f) => (
                  <li key={f.id} className={`bloc-${f.bloc}`}>
                    <span className="bloc-dot" aria-hidden="true" /> {f.name} <span className="count">{hovered.mentions[f.id]}</span>
                  </li>
                ))}
            </ul>
            <span className="muted small">Click to list these articles.</span>
          </div>
        )}
      </div>
    </section>
  );
}
