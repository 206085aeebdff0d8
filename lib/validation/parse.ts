import type { z } from 'zod';
import { ValidationError } from '@/lib/errors.ts';

/**
 * Parses `input` or throws a ValidationError carrying per-field messages. Text holding the NUL
 * character is refused whatever the schema: PostgreSQL cannot store it in a text column (the
 * write failed with a 500), and no Markdown, translation or name needs it.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, errorMap?: z.core.$ZodErrorMap): z.output<S> {
  // `errorMap` words zod's own messages in the reader's language (a schema's own message stays as written).
  const parsed = schema.safeParse(input, errorMap ? { error: errorMap } : undefined);
  if (parsed.success) {
    // After the schema, whose own message (a Markdown file's "looks binary") is the clearer one.
    const nulField = findNulCharacter(parsed.data);
    if (nulField === null) return parsed.data;
    const message = 'Contains the NUL character (U+0000), which Duet does not store';
    throw new ValidationError(nulField ? `${nulField}: ${message}` : message, { [nulField || '_']: [message] });
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '_';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const summary = parsed.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new ValidationError(summary, fieldErrors);
}

/** The path of the first string in `input` (walked without recursion) holding U+0000, '' for `input` itself, or null. */
function findNulCharacter(input: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value) || (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)) {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}
