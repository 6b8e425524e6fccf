// The security baseline of the window, kept apart from the Electron calls so it can be tested.
import type { WebPreferences } from 'electron';

/** Same policy as the meta tag in src/renderer/index.html: nothing remote, no inline script or style. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/**
 * Nothing leaves the machine: the window may load its own files (and, in development, the local dev
 * server); every other request is cancelled.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (url.startsWith('file:') || url.startsWith('devtools:') || url.startsWith('data:')) return true;
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    const target = new URL(url);
    return target.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}
