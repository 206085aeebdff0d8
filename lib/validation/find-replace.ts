import { z } from 'zod';
import { maxFindLength, maxReplaceLength } from '@/lib/domain/find-replace.ts';
import { versionSchema } from './numbers.ts';
import { maxBulkScope } from './reviews.ts';

const idSchema = z.string().min(1).max(64);

/**
 * `POST /api/v1/articles/{slug}/replace`: what to find and what to put instead. `dryRun` answers
 * with the preview; without it the replacement is applied. `expected` (the preview's segment ids
 * and versions) applies exactly what was previewed: a segment changed since is a conflict.
 */
export const findReplaceSchema = z.strictObject({
  find: z
    .string()
    .min(1, { message: 'Enter something to find' })
    .max(maxFindLength, { message: `Find at most ${maxFindLength} characters` }),
  replace: z.string().max(maxReplaceLength, { message: `Replace with at most ${maxReplaceLength} characters` }),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  wholeWord: z.boolean().default(false),
  /** Only these segments (the editor's current filter); the whole article when left out. */
  segmentIds: z
    .array(idSchema)
    .min(1, { message: 'List at least one segment, or leave segmentIds out for the whole article' })
    .max(maxBulkScope, { message: `List at most ${maxBulkScope} segments` })
    .optional(),
  dryRun: z.boolean().default(false),
  expected: z
    .array(z.strictObject({ segmentId: idSchema, version: versionSchema }))
    .max(maxBulkScope, { message: `List at most ${maxBulkScope} segments` })
    .optional(),
});
export type FindReplaceInput = z.input<typeof findReplaceSchema>;
