import type { KeyboardEvent, RefObject } from 'react';
import type { ImportActivity } from '../hooks/useImport';
import { basename, plural } from '../lib/format';
import type { Theme } from '../lib/theme';

interface Props {
  query: string;
  onQueryChange: (q: string) => void;
  onSearchKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  searching: boolean;
  resultCount: number | null;
  onImport: () => void;
  activity: ImportActivity | null;
  theme: Theme;
  onToggleTheme: () => void;
  isMac: boolean;
}

export function TopBar(props: Props) {
  const { activity } = props;
  const p = activity?.progress ?? null;
  const pct = activity && activity.total > 0 ? Math.min(100, Math.round((activity.done / activity.total) * 100)) : 0;
  return (
    <header className="topbar">
      <div className="brand" aria-label="Dossier">
        Dossier
      </div>
      <div className="search">
        <input
          ref={props.searchRef}
          data-testid="search-input"
          type="search"
          dir="auto"
          placeholder={`Search articles  (/ or ${props.isMac ? '⌘' : 'Ctrl+'}K)`}
          aria-label="Search articles"
          value={props.query}
          onChange={(e) => props.onQueryChange(e.target.value)}
          onKeyDown={props.onSearchKeyDown}
          spellCheck={false}
          autoComplete="off"
        />
        {props.query.trim() !== '' && (
          <span className="search-meta" aria-live="polite">
            {props.searching ? 'Searching…' : props.resultCount === null ? '' : `${props.resultCount} found · Esc clears`}
          </span>
        )}
      </div>
      <div className="topbar-actions">
        {activity && (
          <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
            <div className="import-progress-text">
              <strong>
                Importing {activity.done}/{activity.total}
              </strong>
              {activity.current && (
                <span className="import-progress-file" title={activity.current}>
                  {' '}
                  · {basename(activity.current)}
                </span>
              )}
              {p && (
                <span className="import-progress-counts">
                  {' '}
                  · {p.imported} imported
                  {p.articles > 0 && ` (${plural(p.articles, 'article')})`}
                  {p.duplicates > 0 && `, ${p.duplicates} duplicate`}
                  {p.unsupported > 0 && `, ${p.unsupported} unsupported`}
                  {p.failed > 0 && `, ${p.failed} failed`}
                </span>
              )}
            </div>
            <div className="import-progress-bar" aria-hidden="true">
              <div className="import-progress-fill" style={{ width: `${pct}%` }} />
            </div>
          </div>
        )}
        <button type="button" className="button primary" data-testid="import-button" onClick={props.onImport}>
          Import…
        </button>
        <button
          type="button"
          className="button icon"
          data-testid="theme-toggle"
          onClick={props.onToggleTheme}
          aria-label={props.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title={props.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        >
          {props.theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}
