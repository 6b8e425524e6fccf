// linkedom is patched (patches/linkedom+0.18.14.patch, applied by patch-package at install): its
// EventTarget made a listener Map and a WeakMap entry for every node it parsed, a tenth of a saved page's
// parse and more of its garbage collection; now the map is made on a node's first addEventListener.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('linkedom as installed', () => {
  it('carries the patch: no listener map is made when a node is', () => {
    for (const build of ['cjs', 'esm']) {
      const source = readFileSync(path.join(path.dirname(require.resolve('linkedom/package.json')), build, 'interface', 'event-target.js'), 'utf8');
      const constructorBody = /constructor\(\) \{([\s\S]*?)\n {2}\}/.exec(source)?.[1] ?? '';
      expect({ build, makesMap: constructorBody.includes('new Map') }).toEqual({ build, makesMap: false });
    }
  });

  it('still delivers events to listeners, and removing one that never was is harmless', () => {
    const { parseHTML } = require('linkedom') as typeof import('linkedom');
    const { document } = parseHTML('<html><body><p id="a">x</p><p id="b">y</p></body></html>');
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const heard: string[] = [];
    const listener = (event: { type: string }): void => {
      heard.push(event.type);
    };
    a.addEventListener('ping', listener);
    a.dispatchEvent(new document.defaultView.Event('ping'));
    b.dispatchEvent(new document.defaultView.Event('ping'));
    b.removeEventListener('ping', listener);
    a.removeEventListener('ping', listener);
    a.dispatchEvent(new document.defaultView.Event('ping'));
    expect(heard).toEqual(['ping']);
  });
});
