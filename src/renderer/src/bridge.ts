import type { DossierBridge } from '../../shared/api';

/** The bridge, or null when the page was opened without one (then the app explains instead of crashing). */
export function getBridge(): DossierBridge | null {
  const w = window as Window & { dossier?: DossierBridge };
  return w.dossier && typeof w.dossier === 'object' && w.dossier.api ? w.dossier : null;
}
