import { z } from 'zod';
import { reviewCategories, reviewSeverities } from '@/lib/domain/review.ts';
import { translationTextSchema } from './translations.ts';
import { counterSchema, versionSchema } from './numbers.ts';

export { reviewCategories, reviewSeverities, type ReviewCategory, type ReviewSeverity } from '@/lib/domain/review.ts';

const idSchema = z.string().min(1).max(64);

/** Approving names the version the reviewer saw; any change since makes it stale. */
export const approveSchema = z.strictObject({ version: versionSchema });

export const maxReviewCommentLength = 5000;

export const rejectSchema = z.strictObject({
  version: versionSchema,
  category: z.enum(reviewCategories, { message: `Category must be one of: ${reviewCategories.join(', ')}` }),
  severity: z.enum(reviewSeverities, { message: `Severity must be one of: ${reviewSeverities.join(', ')}` }),
  comment: z
    .string()
    .trim()
    .min(1, { message: 'Say what needs to change' })
    .max(maxReviewCommentLength, { message: `A comment can be at most ${maxReviewCommentLength} characters` }),
});
export type RejectInput = z.input<typeof rejectSchema>;

/** A reviewer's own edit, based on the version they saw: what the data-access layer takes. */
export const reviewEditSchema = z.strictObject({ text: translationTextSchema, version: versionSchema });
export type ReviewEditInput = z.input<typeof reviewEditSchema>;

/** What the API takes: `{ text, baseVersion }` as in the translation API; parsed, it is `{ text, version }`. */
export const reviewEditRequestSchema = z
  .strictObject({ text: translationTextSchema, baseVersion: versionSchema })
  .transform(({ text, baseVersion }) => ({ text, version: baseVersion }));

export const maxBulkApprove = 500;

export const bulkApproveSchema = z.strictObject({
  items: z
    .array(z.strictObject({ segmentId: idSchema, version: versionSchema }))
    .min(1, { message: 'Select at least one segment' })
    .max(maxBulkApprove, { message: `Approve at most ${maxBulkApprove} segments at once` }),
});

export const maxBulkScope = 20_000;

/** Submit-all and approve-all: the whole article, or only the listed segments (the editor's current filter). */
export const bulkScopeSchema = z.strictObject({
  segmentIds: z
    .array(idSchema)
    .min(1, { message: 'List at least one segment, or leave segmentIds out for the whole article' })
    .max(maxBulkScope, { message: `List at most ${maxBulkScope} segments` })
    .optional(),
});
export type BulkScopeInput = z.input<typeof bulkScopeSchema>;

/** `POST /api/v1/articles/{slug}/pretranslate`: where the drafts come from. */
export const pretranslateSchema = z.strictObject({
  from: z.enum(['memory', 'machine'], { message: 'from must be "memory" or "machine"' }),
  /** Only these segments (a batch: the editor pre-translates in batches to show progress and stop between them). */
  segmentIds: z.array(idSchema).min(1).max(100).optional(),
  /** Names the run a batch belongs to (any id the caller makes up), so the audit log shows the run as one entry. */
  run: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'A run is 8 to 64 letters, digits or dashes').optional(),
});

export const publicationNumberSchema = z.coerce.number().pipe(counterSchema(1));

export const listNotificationsSchema = z.strictObject({
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(50),
  before: idSchema.optional(),
});
export type ListNotificationsInput = z.input<typeof listNotificationsSchema>;

/** `GET /api/v1/notifications?unread=1&limit=…&before=…` */
export const notificationsQuerySchema = z.strictObject({
  unread: z.enum(['0', '1', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  before: idSchema.optional(),
});

export const markReadIdsSchema = z.array(idSchema).min(1).max(500);

/** `POST /api/v1/notifications/read` with `{ ids: [...] }` or `{ all: true }`. */
export const markReadSchema = z.union([z.strictObject({ ids: markReadIdsSchema }), z.strictObject({ all: z.literal(true) })]);

/** The notification page's forms: one id, or "all". */
export const markReadFormSchema = z.union([z.strictObject({ id: idSchema }), z.strictObject({ all: z.literal('1') })]);

export const auditQuerySchema = z.strictObject({
  action: z.string().trim().min(1).max(100).optional(),
  actorId: idSchema.optional(),
  // Matched inside the stored JSON detail, so only an id's own characters (no LIKE wildcards).
  articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not an article id').optional(),
  before: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const articleSlugSchema = z.strictObject({ slug: z.string().min(1).max(200) });
