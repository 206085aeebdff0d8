import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales.ts';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['*', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hant-HK;q=0.8', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en;q=0.5, zh;q=0.9', 'zh-CN'],
    ['zh;q=0.4, en-GB;q=0.6', 'en'],
    ['fr-FR, zh;q=0.5', 'zh-CN'],
    ['fr-FR, de;q=0.9', 'en'],
    ['zh;q=0, en;q=0.1', 'en'],
    ['zh-CN;q=0', 'en'],
    ['zh;q=abc, en', 'en'],
    ['en, zh', 'en'],
    ['zhx-foo, zh', 'zh-CN'],
    [' zh-CN ; q=1 , en ; q=0.9', 'zh-CN'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('accepts only supported locales', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
