import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/domain/safe-redirect.ts';

describe('safeRedirectPath', () => {
  it.each([
    ['/workspace/articles/x?tab=2#p3', '/workspace/articles/x?tab=2#p3'],
    ['/admin/users', '/admin/users'],
    ['/workspace/./articles/../memory', '/workspace/memory'],
    ['/./%2fevil.example', '/%2fevil.example'],
  ])('keeps the local path %s', (input, output) => {
    expect(safeRedirectPath(input)).toBe(output);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    '\\\\evil.example',
    '',
    null,
    undefined,
    `/${'a'.repeat(3000)}`,
  ])('sends %s to the fallback', (input) => {
    expect(safeRedirectPath(input)).toBe('/workspace');
  });

  // Each of these passes a check on the raw value and normalises to `//host`, another site.
  it.each([
    '/.//evil.example/x',
    '/..//evil.example',
    '/%2e//evil.example',
    '/%2E//evil.example',
    '/%2e%2e//evil.example',
    '/.%2e//evil.example',
    '/a/..//evil.example',
    '/a/%2e%2e//evil.example',
    '/a/b/../..//evil.example',
    '/././/evil.example',
  ])('sends %s, which normalises to //host, to the fallback', (input) => {
    expect(safeRedirectPath(input)).toBe('/workspace');
  });
});
