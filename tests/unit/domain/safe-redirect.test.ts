import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/domain/safe-redirect.ts';

describe('safeRedirectPath', () => {
  it.each([
    ['/workspace/articles/x?tab=2#p3', '/workspace/articles/x?tab=2#p3'],
    ['/admin/users', '/admin/users'],
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
});
