import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';
import { FIXTURES } from './fixtures';

const g = loadGazetteer();
const matcher = createMatcher(g);

describe('faction matcher on annotated fixtures', () => {
  for (const fx of FIXTURES) {
    it(fx.name, () => {
      const ms = matcher.match(fx.body);
      for (const m of ms) expect(fx.body.slice(m.start, m.end)).toBe(m.surface);
      const ids = [...new Set(ms.filter((m) => g.byId.get(m.entityId)!.kind !== 'person').map((m) => m.entityId))].sort();
      expect(ids).toEqual([...fx.ids].sort());
      const people = new Set(ms.filter((m) => g.byId.get(m.entityId)!.kind === 'person').map((m) => m.entityId));
      for (const p of fx.people ?? []) expect(people.has(p), `person ${p}`).toBe(true);
      const surfaces = ms.map((m) => m.surface);
      for (const s of fx.surfaces ?? []) expect(surfaces, `surface ${s}`).toContain(s);
    });
  }
});
