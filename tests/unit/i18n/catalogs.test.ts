import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DuplicateError,
  InvalidTransitionError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '@/lib/errors.ts';
import { catalogs } from '@/lib/i18n/catalogs.ts';
import { locales } from '@/lib/i18n/locales.ts';
import { en } from '@/lib/i18n/messages/en.ts';
import { errorMessageKey, listMessageKeys } from '@/lib/i18n/translate.ts';

function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

/** The variables a message reads, as `{name}` or as `{name, plural, ...}` (each once). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((match) => match[1] ?? ''))].sort();
}

describe('message catalogs', () => {
  const englishKeys = listMessageKeys(en).sort();

  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect(listMessageKeys(catalogs[locale]).sort()).toEqual(englishKeys);
  });

  it.each(locales)('%s has no empty strings and keeps every placeholder', (locale) => {
    for (const key of englishKeys) {
      const text = lookup(catalogs[locale], key);
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
      expect(placeholders(text as string), key).toEqual(placeholders(lookup(en, key) as string));
    }
  });

  it('has a specific message for every application error', () => {
    const errors = [
      new NotFoundError(),
      new UnauthenticatedError(),
      new ValidationError('bad'),
      new ConflictError('stale'),
      new DuplicateError('taken', 'email'),
      new InvalidTransitionError('no'),
      new RateLimitedError(60),
    ];
    for (const error of errors) expect(errorMessageKey(error.code)).toBe(`errors.${error.code}`);
  });

  it('names each field that can exist already, and never reads a group of messages as one', () => {
    for (const field of ['email', 'slug', 'term', 'repository'] as const) expect(lookup(en, `errors.duplicates.${field}`)).toEqual(expect.any(String));
    expect(errorMessageKey('duplicates')).toBe('errors.internal');
  });
});
