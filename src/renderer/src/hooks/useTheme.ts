import { useCallback, useEffect, useState } from 'react';
import { applyTheme, storeTheme, storedTheme, systemTheme, type Theme } from '../lib/theme';

/** The effective theme (explicit choice, else the system's) and a toggle that persists the choice. */
export function useTheme(): { theme: Theme; explicit: boolean; toggle: () => void } {
  const [explicit, setExplicit] = useState<Theme | null>(() => storedTheme());
  const [system, setSystem] = useState<Theme>(() => systemTheme());

  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = (): void => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  useEffect(() => applyTheme(explicit), [explicit]);

  const theme = explicit ?? system;
  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    storeTheme(next);
    setExplicit(next);
  }, [theme]);

  return { theme, explicit: explicit !== null, toggle };
}
