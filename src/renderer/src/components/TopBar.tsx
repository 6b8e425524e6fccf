import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import type { Theme } from '../lib/theme';

interface Props {
  query: string;
  onQueryChange: (q: string) => void;
  onSearchKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  searching: boolean;
  resultCount: number | null;
  onImport: () => void;
  /** The import progress (a component of its own, so its frequent updates stay inside it). */
  progress: ReactNode;
  onOpenSettings: () => void;
  settingsOpen: boolean;
  theme: Theme;
  onToggleTheme: () => void;
  isMac: boolean;
}

export function TopBar(props: Props) {
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
        {props.progress}
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
        <button
          type="button"
          className="button icon"
          data-testid="open-settings"
          onClick={props.onOpenSettings}
          aria-label="Settings"
          aria-expanded={props.settingsOpen}
          title="Settings: inbox folder"
        >
          ⚙
        </button>
      </div>
    </header>
  );
}
