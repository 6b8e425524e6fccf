import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DossierApi } from '../../../shared/api';
import { BLOCS, type Bloc, type FactionNetwork, type LibraryFilter } from '../../../shared/model';
import { useElementSize } from '../hooks/useElementSize';
import { BLOC_LABELS, errorText, plural, sentence } from '../lib/format';

interface Props {
  api: DossierApi;
  filter: LibraryFilter;
  filterKey: string;
  reloadKey: number;
  /** Factions chosen in the left column, drawn with a ring. */
  selected: string[];
  onFilterFaction: (id: string) => void;
  onFilterPair: (a: string, b: string) => void;
  onOpenFaction: (id: string) => void;
}

interface LaidNode extends SimulationNodeDatum {
  id: string;
  name: string;
  bloc: Bloc;
  articles: number;
  r: number;
  x: number;
  y: number;
}

interface LaidEdge extends SimulationLinkDatum<LaidNode> {
  source: LaidNode;
  target: LaidNode;
  articles: number;
  width: number;
}

const MARGIN = 28;
/** Longer than most systems' double-click interval, short enough to feel immediate. */
const DOUBLE_CLICK_MS = 250;

/** Force-directed layout, computed once per data and size (the simulation is run to rest, not animated). */
function layout(data: FactionNetwork, width: number, height: number): { nodes: LaidNode[]; edges: LaidEdge[] } {
  const maxArticles = Math.max(1, ...data.nodes.map((n) => n.articles));
  const radius = scaleSqrt().domain([0, maxArticles]).range([4, Math.max(14, Math.min(30, Math.min(width, height) / 18))]);
  const maxShared = Math.max(1, ...data.edges.map((e) => e.articles));
  const edgeWidth = scaleLinear().domain([1, Math.max(2, maxShared)]).range([1, 7]).clamp(true);
  const nodes: LaidNode[] = data.nodes.map((n, i) => {
    // A deterministic start on a circle, so the same data always gives the same picture.
    const angle = (i / Math.max(1, data.nodes.length)) * Math.PI * 2;
    return { ...n, r: radius(n.articles), x: width / 2 + Math.cos(angle) * width * 0.3, y: height / 2 + Math.sin(angle) * height * 0.3 };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidEdge[] = [];
  for (const e of data.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (source && target) edges.push({ source, target, articles: e.articles, width: edgeWidth(e.articles) });
  }
  const spread = Math.sqrt((width * height) / Math.max(1, nodes.length));
  const simulation = forceSimulation<LaidNode>(nodes)
    .force(
      'link',
      forceLink<LaidNode, LaidEdge>(edges)
        .distance((l) => spread * (0.9 - Math.min(0.5, l.articles / maxShared / 2)))
        .strength((l) => 0.05 + 0.25 * (l.articles / maxShared)),
    )
    .force('charge', forceManyBody<LaidNode>().strength(-spread * 2.2))
    .force('collide', forceCollide<LaidNode>((n) => Math.max(n.r + 10, Math.min(70, n.name.length * 3.4))).strength(0.9))
    .force('x', forceX<LaidNode>(width / 2).strength(0.07))
    .force('y', forceY<LaidNode>(height / 2).strength(0.1))
    .stop();
  for (let i = 0; i < 320; i++) simulation.tick();
  // Fit the picture into the box, keeping its proportions.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const padX = MARGIN + 60;
  const padY = MARGIN + 24;
  const scale = Math.min((width - 2 * padX) / Math.max(1, maxX - minX), (height - 2 * padY) / Math.max(1, maxY - minY), 1.6);
  const offX = (width - (maxX - minX) * scale) / 2;
  const offY = (height - (maxY - minY) * scale) / 2;
  for (const n of nodes) {
    n.x = offX + (n.x - minX) * scale;
    n.y = offY + (n.y - minY) * scale;
  }
  return { nodes, edges };
}

export function NetworkView({ api, filter, filterKey, reloadKey, selected, onFilterFaction, onFilterPair, onOpenFaction }: Props) {
  const [data, setData] = useState<FactionNetwork | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [maxNodes, setMaxNodes] = useState(30);
  const [hover, setHover] = useState<string | null>(null);
  const [hoverEdge, setHoverEdge] = useState<string | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef, 23);
  // A double-click opens the faction's page; its first click must not also filter the list, so a
  // single click acts only once the double-click interval has passed.
  const pendingClick = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPendingClick = (): void => {
    if (pendingClick.current) clearTimeout(pendingClick.current);
    pendingClick.current = null;
  };
  const clickNode = (id: string): void => {
    cancelPendingClick();
    pendingClick.current = setTimeout(() => {
      pendingClick.current = null;
      onFilterFaction(id);
    }, DOUBLE_CLICK_MS);
  };
  useEffect(() => cancelPendingClick, []);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  useEffect(() => {
    let cancelled = false;
    api.getFactionNetwork({ filter: filterRef.current, maxNodes }).then(
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
  }, [api, filterKey, reloadKey, maxNodes]);


  const laid = useMemo(() => (data && size && size.width > 100 && size.height > 100 ? layout(data, size.width, size.height) : null), [data, size]);

  const neighbours = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const e of laid?.edges ?? []) {
      map.set(e.source.id, (map.get(e.source.id) ?? new Set()).add(e.target.id));
      map.set(e.target.id, (map.get(e.target.id) ?? new Set()).add(e.source.id));
    }
    return map;
  }, [laid]);

  const blocsShown = useMemo(() => BLOCS.filter((b) => laid?.nodes.some((n) => n.bloc === b)), [laid]);
  const selectedSet = new Set(selected);
  const near = hover ? (neighbours.get(hover) ?? new Set<string>()) : null;
  const nodeClass = (id: string): string => {
    if (!near || !hover) return '';
    return id === hover || near.has(id) ? ' lit' : ' dim';
  };
  const edgeKey = (e: LaidEdge): string => `${e.source.id}|${e.target.id}`;
  const edgeClass = (e: LaidEdge): string => {
    if (hoverEdge === edgeKey(e)) return ' lit';
    if (!hover) return '';
    return e.source.id === hover || e.target.id === hover ? ' lit' : ' dim';
  };
  const hoveredNode = hover ? laid?.nodes.find((n) => n.id === hover) : undefined;
  const hoveredEdge = hoverEdge ? laid?.edges.find((e) => edgeKey(e) === hoverEdge) : undefined;

  const onNodeKey = (e: KeyboardEvent<SVGGElement>, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (e.shiftKey) onOpenFaction(id);
      else onFilterFaction(id);
    } else if (e.key === 'o') {
      e.preventDefault();
      onOpenFaction(id);
    }
  };

  return (
    <section className="view network-view" data-testid="network-view" aria-label="Co-mention network">
      <header className="view-head">
        <div>
          <h1 className="view-title">Co-mention network</h1>
          <p className="muted small" data-testid="network-summary">
            {data
              ? `${plural(data.nodes.length, 'faction')} across ${plural(data.articleCount, 'article')} of the current filter. A line joins factions named in the same article; the thicker, the more articles.`
              : 'Loading…'}
          </p>
        </div>
        <label className="view-option small">
          Show up to{' '}
          <select className="field-select narrow" value={maxNodes} onChange={(e) => setMaxNodes(Number(e.target.value))} aria-label="Largest number of factions shown">
            {[15, 30, 50, 80].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          factions
        </label>
      </header>
      {error && <p className="problem">Couldn't build the network: {sentence(error)} It will try again when the filter or the library changes.</p>}
      <div className="network-box" ref={boxRef}>
        {data && data.nodes.length === 0 && <p className="view-empty muted">No factions in the articles of this filter.</p>}
        {laid && size && (
          <svg className="network-svg" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label="Factions named together in the same articles">
            <g className="network-edges">
              {laid.edges.map((e) => (
                <g
                  key={edgeKey(e)}
                  className={`network-edge${edgeClass(e)}`}
                  data-testid="network-edge"
                  data-source={e.source.id}
                  data-target={e.target.id}
                  onMouseEnter={() => setHoverEdge(edgeKey(e))}
                  onMouseLeave={() => setHoverEdge(null)}
                  onClick={() => onFilterPair(e.source.id, e.target.id)}
                >
                  <line className="edge-line" x1={e.source.x} y1={e.source.y} x2={e.target.x} y2={e.target.y} strokeWidth={e.width} />
                  <line className="edge-hit" x1={e.source.x} y1={e.source.y} x2={e.target.x} y2={e.target.y} strokeWidth={Math.max(10, e.width + 6)} />
                  <title>{`${e.source.name} and ${e.target.name}: ${plural(e.articles, 'article')} — click for those articles`}</title>
                </g>
              ))}
            </g>
            <g className="network-nodes">
              {laid.nodes.map((n) => (
                <g
                  key={n.id}
                  className={`network-node bloc-${n.bloc}${nodeClass(n.id)}${selectedSet.has(n.id) ? ' selected' : ''}`}
                  data-testid="network-node"
                  data-entity-id={n.id}
                  transform={`translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`}
                  tabIndex={0}
                  role="button"
                  aria-label={`${n.name}, ${BLOC_LABELS[n.bloc]}, ${plural(n.articles, 'article')}. Enter filters the list, Shift+Enter opens its page.`}
                  onMouseEnter={() => setHover(n.id)}
                  onMouseLeave={() => setHover(null)}
                  onFocus={() => setHover(n.id)}
                  onBlur={() => setHover(null)}
                  onClick={(e) => {
                    if (e.shiftKey || e.metaKey || e.ctrlKey) onOpenFaction(n.id);
                    else clickNode(n.id);
                  }}
                  onDoubleClick={() => {
                    cancelPendingClick();
                    onOpenFaction(n.id);
                  }}
                  onKeyDown={(e) => onNodeKey(e, n.id)}
                >
                  <circle r={n.r} />
                  <text className="network-label" y={n.r + 13} textAnchor="middle">
                    {n.name}
                  </text>
                </g>
              ))}
            </g>
          </svg>
        )}
        {(hoveredNode || hoveredEdge) && (
          <div className="network-tip" role="status">
            {hoveredNode && (
              <>
                <strong>{hoveredNode.name}</strong> · {BLOC_LABELS[hoveredNode.bloc]} · {plural(hoveredNode.articles, 'article')}
                <span className="muted"> — click: filter the list · double-click: open its page</span>
              </>
            )}
            {!hoveredNode && hoveredEdge && (
              <>
                <strong>{hoveredEdge.source.name}</strong> and <strong>{hoveredEdge.target.name}</strong>: {plural(hoveredEdge.articles, 'article')} together
                <span className="muted"> — click for those articles</span>
              </>
            )}
          </div>
        )}
      </div>
      {blocsShown.length > 0 && (
        <ul className="plain-list network-legend" aria-label="Colours">
          {blocsShown.map((b) => (
            <li key={b} className={`bloc-${b}`}>
              <span className="bloc-dot" aria-hidden="true" /> {BLOC_LABELS[b]}
            </li>
          ))}
          <li className="muted">circle size: articles · line width: shared articles</li>
        </ul>
      )}
    </section>
  );
}
