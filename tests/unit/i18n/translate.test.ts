import { describe, expect, it } from 'vitest';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { createTranslator, errorMessageKey, interpolate, type MessageKey } from '@/lib/i18n/translate.ts';
import { en } from '@/lib/i18n/messages/en.ts';

describe('createTranslator', () => {
  const t = createTranslator(en);

  it('looks up nested keys', () => {
    expect(t('nav.home')).toBe('Home');
    expect(t('workspace.status.outdated')).toBe('Outdated');
  });

  it('interpolates variables', () => {
    expect(t('workspace.progressValue', { approved: 3, total: 10 })).toBe('3 of 10 approved');
    expect(t('error.reference', { digest: 'abc123' })).toBe('Reference: abc123');
  });

  it('translates by locale', () => {
    expect(getTranslatorFor('zh-CN')('nav.signIn')).toBe('登录');
    expect(getTranslatorFor('zh-CN')('workspace.progressValue', { approved: 3, total: 10 })).toBe('已通过 3/10');
  });

  it('falls back to the key when a key is missing at run time', () => {
    expect(t('nav.nope' as MessageKey)).toBe('nav.nope');
  });
});

describe('interpolate', () => {
  it('replaces every occurrence and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {a} but {b}', { a: 'x' })).toBe('x and x but {b}');
  });

  it('does not read inherited properties', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });

  it('does not re-expand values that look like placeholders', () => {
    expect(interpolate('{a}{b}', { a: '{b}', b: 'y' })).toBe('{b}y');
  });
});

describe('errorMessageKey', () => {
  it('maps known codes and falls back to the generic message', () => {
    expect(errorMessageKey('conflict')).toBe('errors.conflict');
    expect(errorMessageKey('P2002')).toBe('errors.internal');
    expect(errorMessageKey('__proto__')).toBe('errors.internal');
  });
});
