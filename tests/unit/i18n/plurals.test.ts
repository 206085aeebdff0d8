import { describe, expect, it } from 'vitest';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { interpolate, pluralCategory } from '@/lib/i18n/translate.ts';

const segments = '{count, plural, one {# segment} other {# segments}}';

describe('pluralCategory', () => {
  it('follows each locale’s CLDR rules', () => {
    expect([0, 1, 2, 21].map((count) => pluralCategory('en', count))).toEqual(['other', 'one', 'other', 'other']);
    expect([0, 1, 2].map((count) => pluralCategory('zh-CN', count))).toEqual(['other', 'other', 'other']);
  });
});

describe('plural messages', () => {
  it('picks the English singular for one and the plural otherwise, with # as the number', () => {
    expect(interpolate(segments, { count: 1 })).toBe('1 segment');
    expect(interpolate(segments, { count: 2 })).toBe('2 segments');
    expect(interpolate(segments, { count: 0 })).toBe('0 segments');
  });

  it('prefers an exact =N branch over the category', () => {
    const files = '{n, plural, =0 {no files} one {# file} other {# files}}';
    expect([0, 1, 5].map((n) => interpolate(files, { n }))).toEqual(['no files', '1 file', '5 files']);
  });

  it('uses "other" in Chinese, which has no singular', () => {
    expect(interpolate('{count, plural, one {# 个(单数)} other {# 个段落}}', { count: 1 }, 'zh-CN')).toBe('1 个段落');
  });

  it('fills other placeholders inside a branch and around it', () => {
    expect(interpolate('{a}: {count, plural, one {# item by {who}} other {# items by {who}}}.', { a: 'X', count: 1, who: 'Lin' })).toBe(
      'X: 1 item by Lin.',
    );
  });

  it('leaves a plural visible when its number is missing or the syntax is broken', () => {
    expect(interpolate(segments, { other: 1 })).toBe(segments);
    expect(interpolate('{count, plural, one {# a}}', { count: 1 })).toBe('{count, plural, one {# a}}');
    expect(interpolate('{count, plural, other {# a}', { count: 1 })).toBe('{count, plural, other {# a}');
  });
});

describe('real messages', () => {
  const en = getTranslatorFor('en');
  const zh = getTranslatorFor('zh-CN');

  it('count quality warnings and errors without “(s)”', () => {
    expect(en('editor.checks.warnings', { count: 1 })).toBe('1 warning');
    expect(en('editor.checks.warnings', { count: 3 })).toBe('3 warnings');
    expect(en('editor.checks.errors', { count: 1 })).toBe('1 error');
  });

  it('say how many segments still need approval, with the verb agreeing', () => {
    expect(en('review.publish.remaining', { count: 1 })).toBe('1 segment still needs approval before this article can be published.');
    expect(en('review.publish.remaining', { count: 4 })).toBe('4 segments still need approval before this article can be published.');
  });

  it('summarise an import preview in both languages', () => {
    const counts = { segments: 1, translatable: 1, aligned: 0, unaligned: 2 };
    expect(en('importArticle.previewSummary', counts)).toBe('1 segment, 1 to translate, 0 with a translation, 2 unaligned Chinese blocks');
    expect(zh('importArticle.previewSummary', counts)).not.toMatch(/[{}#]/);
  });

  it('leave no lazy “(s)” in any English message', async () => {
    const { en: catalog } = await import('@/lib/i18n/messages/en.ts');
    expect(JSON.stringify(catalog)).not.toMatch(/\w\(s\)/);
  });
});
