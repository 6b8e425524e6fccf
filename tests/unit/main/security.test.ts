import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, secureWebPreferences } from '../../../src/main/security';
import { PROJECT_ROOT } from '../../helpers/seeds';

describe('window security baseline', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('lets the window load only its own files (and the local dev server in development)', () => {
    expect(isAllowedRequest('file:///app/out/renderer/index.html')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/src/main.tsx')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/x', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('https://evil.example/', 'https://evil.example/')).toBe(false);
  });

  it('ships a strict Content-Security-Policy in the page: no remote sources, no inline script or style', () => {
    const html = readFileSync(path.join(PROJECT_ROOT, 'src/renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
