export type MainView = 'reader' | 'network' | 'timeline';

const TABS: { view: MainView; label: string; key: string }[] = [
  { view: 'reader', label: 'Reader', key: 'r' },
  { view: 'network', label: 'Network', key: 'n' },
  { view: 'timeline', label: 'Timeline', key: 't' },
];

interface Props {
  view: MainView;
  onChange: (view: MainView) => void;
}

/** Switches the right-hand area between the reader, the co-mention network and the timeline (g r / g n / g t). */
export function ViewTabs({ view, onChange }: Props) {
  return (
    <div className="view-tabs" role="tablist" aria-label="What the right-hand area shows">
      {TABS.map((t) => (
        <button
          key={t.view}
          type="button"
          role="tab"
          className={`view-tab${view === t.view ? ' selected' : ''}`}
          data-testid="view-tab"
          data-view={t.view}
          aria-selected={view === t.view}
          onClick={() => onChange(t.view)}
          title={`${t.label} — press g then ${t.key}`}
        >
          {t.label}
          <kbd className="view-tab-key">g {t.key}</kbd>
        </button>
      ))}
    </div>
  );
}
