import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationMessageInChinese } from '@/lib/i18n/validation-messages.ts';

const validationDir = path.join(process.cwd(), 'lib/validation');

/** Every message a schema in lib/validation words itself as a literal: `message: '…'` and `.regex(…, '…')`. */
function literalMessages(): string[] {
  const messages = new Set<string>();
  for (const file of readdirSync(validationDir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join(validationDir, file), 'utf8');
    for (const match of source.matchAll(/message: '((?:[^'\\]|\\.)*)'/g)) messages.add(match[1]!.replace(/\\'/g, "'"));
    for (const match of source.matchAll(/\.regex\([^,]+, '((?:[^'\\]|\\.)*)'\)/g)) messages.add(match[1]!);
  }
  return [...messages];
}

describe('field messages in Chinese', () => {
  it('has every literal message of the schemas', () => {
    const messages = literalMessages();
    expect(messages.length).toBeGreaterThan(30);
    const missing = messages.filter((message) => validationMessageInChinese(message) === message);
    expect(missing).toEqual([]);
  });

  it('words messages with numbers and lists, and leaves an unknown message as written', () => {
    expect(validationMessageInChinese('A comment can be at most 5000 characters')).toBe('评论最多 5000 个字符');
    expect(validationMessageInChinese('Category must be one of: accuracy, fluency')).toBe('类别只能是以下之一：accuracy, fluency');
    expect(validationMessageInChinese('Something new')).toBe('Something new');
  });
});
