import 'server-only';
import { z } from 'zod';

const detailSchema = z.record(z.string(), z.unknown());

/**
 * A JSON column that does not match its schema: the row was damaged outside Duet (or by a bug).
 * Not an AppError: it is logged as a bug and the caller sees the generic message, never half-read data.
 */
export class CorruptRecordError extends Error {
  constructor(what: string, reason: string) {
    super(`Stored ${what} does not match its schema: ${reason}`);
    this.name = 'CorruptRecordError';
  }

  /** Reads a JSON column through its schema; the one way the DAL reads stored JSON. */
  static parse<T extends z.ZodType>(schema: T, json: string, what: string): z.infer<T> {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new CorruptRecordError(what, 'not JSON');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new CorruptRecordError(what, parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '));
    return parsed.data;
  }
}

/** A free-form detail record (audit events, notifications): an object of any JSON values. */
export function readDetail(json: string, what: string): Record<string, unknown> {
  return CorruptRecordError.parse(detailSchema, json, what);
}
