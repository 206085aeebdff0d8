import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import { ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';

const schema = z.strictObject({ name: z.string().min(3), email: z.email({ message: 'Enter an e-mail address' }) });

function fieldErrorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('parsed');
}

describe('parseOrThrow', () => {
  it('words zod’s own messages in the language asked for, and keeps a schema’s own message', () => {
    const english = fieldErrorsOf(() => parseOrThrow(schema, { name: 'a', email: 'x' }));
    const chinese = fieldErrorsOf(() => parseOrThrow(schema, { name: 'a', email: 'x' }, zhCN().localeError));
    expect(english.name![0]).toMatch(/Too small/);
    expect(chinese.name![0]).toMatch(/过小/);
    expect(chinese.email).toEqual(['Enter an e-mail address']);
    expect(parseOrThrow(schema, { name: 'Lin', email: 'lin@example.test' }, zhCN().localeError)).toEqual({ name: 'Lin', email: 'lin@example.test' });
  });
});
