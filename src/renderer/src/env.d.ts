import type { DossierBridge } from '../../shared/api';

declare global {
  interface Window {
    /** Provided by the Electron preload script, or by the browser test harness before the bundle runs. */
    dossier: DossierBridge;
  }
}

export {};
