import { describe, expect, it } from 'vitest';
import { API_INPUTS, API_METHOD_NAMES, SHELL_METHODS, parseApiInput } from '../../src/shared/api';
import { useTempLibraries } from '../helpers/temp-library';

describe('API contract', () => {
  const libs = useTempLibraries();

  it('has one core handler for every method that is not the shell’s, and no other', () => {
    const core = libs.open(libs.newLibraryPath());
    const shell = new Set<string>(SHELL_METHODS);
    expect(Object.keys(core.handlers).sort()).toEqual(API_METHOD_NAMES.filter((m) => !shell.has(m)).sort());
    expect(API_METHOD_NAMES.sort()).toEqual(Object.keys(API_INPUTS).sort());
  });

  it('rejects unknown fields, wrong types and oversized input at the boundary', () => {
    expect(parseApiInput('getArticle', { id: 1 })).toEqual({ ok: true, value: { id: 1 } });
    expect(parseApiInput('getArticle', { id: 1, sql: 'DROP TABLE articles' }).ok).toBe(false);
    expect(parseApiInput('getArticle', { id: -1 }).ok).toBe(false);
    expect(parseApiInput('getArticle', { id: '1' }).ok).toBe(false);
    expect(parseApiInput('addTag', { articleId: 1, tag: '' }).ok).toBe(false);
    expect(parseApiInput('addTag', { articleId: 1, tag: 'a\nb' }).ok).toBe(false);
    expect(parseApiInput('search', { query: 'x'.repeat(501) }).ok).toBe(false);
    expect(parseApiInput('importPaths', { paths: [] }).ok).toBe(false);
    const bad = parseApiInput('addTag', { articleId: 'one' });
    expect(bad.ok === false && bad.message).toMatch(/^Invalid input for addTag: /);
  });
});
