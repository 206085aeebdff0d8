import { z } from 'zod';
import { reviewCategories, reviewSeverities } from '@/lib/domain/review.ts';
import { addCommentSchema, resolveCommentSchema } from '@/lib/validation/comments.ts';
import { memoryApiQuerySchema } from '@/lib/validation/memory.ts';
import { approveSchema, bulkApproveSchema, bulkScopeSchema, rejectSchema, reviewEditRequestSchema } from '@/lib/validation/reviews.ts';
import { revertSchema, saveTranslationRequestSchema, statusChangeSchema } from '@/lib/validation/translations.ts';
import { findReplaceSchema } from '@/lib/validation/find-replace.ts';
import { waiveFindingSchema } from '@/lib/validation/waivers.ts';
import { personSchema, serverTranslationSchema, waiverSchema } from './editor.ts';

/*
 * The /api/v1 endpoints the editor calls, one entry each: the schema its route handler parses the
 * request with (the field rules live in lib/validation, shared with Server Actions and fuzzed there)
 * and the schema components/editor/api.ts parses the answer with. Field names are the wire's: API
 * clients and scripts depend on them. Answers are read leniently (unknown fields are dropped), so
 * the server may add a field without breaking an open editor.
 */

/** A time on the wire: ISO 8601, which is what `Response.json` makes of the server's Date. */
const timeSchema = z.string().brand<'WireTime'>();

const wordChangeSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

const revisionSchema = z.object({
  version: z.number().int(),
  text: z.string(),
  status: serverTranslationSchema.shape.status,
  origin: z.string(),
  author: personSchema,
  createdAt: timeSchema,
  /** From the revision before: what this one changed. */
  changes: z.array(wordChangeSchema),
  /** A reviewer's feedback on this revision (a rejection's category, severity and comment). */
  notes: z.array(
    z.object({ category: z.enum(reviewCategories), severity: z.enum(reviewSeverities), comment: z.string(), reviewer: personSchema, createdAt: timeSchema }),
  ),
});
export type Revision = z.infer<typeof revisionSchema>;

const commentSchema = z.object({ id: z.string(), body: z.string(), author: personSchema, createdAt: timeSchema, resolvedAt: timeSchema.nullable() });
const commentThreadSchema = commentSchema.extend({ replies: z.array(commentSchema) });
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** A translation memory entry close to the text looked up; `diff` goes from its English to that text. */
const memoryMatchSchema = z.object({ source: z.string(), target: z.string(), score: z.number(), diff: z.array(wordChangeSchema).optional() });
export type MemoryMatch = z.infer<typeof memoryMatchSchema>;

const bulkApprovalSchema = z.object({
  approved: z.array(z.object({ segmentId: z.string(), version: z.number().int() })),
  refused: z.array(
    z.object({
      segmentId: z.string(),
      reason: z.string(),
      message: z.string(),
      /** Set when the version moved on: the translation as it is now. */
      current: serverTranslationSchema.optional(),
    }),
  ),
});

const approveAllSchema = z.object({
  approved: z.number().int(),
  /** What was left for a person to look at: `own_text` or `quality_error`, with a message in English. */
  skipped: z.array(z.object({ segmentId: z.string(), reason: z.string(), message: z.string(), checks: z.array(z.string()).optional() })),
});
export type ApproveAllAnswer = z.infer<typeof approveAllSchema>;

const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** Find and replace: the preview (`dryRun: true`) or what applying it did. */
const replaceAnswerSchema = z.union([
  z.object({
    matches: z.array(
      z.object({
        segmentId: z.string(),
        /** The version the preview read: send it back in `expected` to apply exactly this. */
        version: z.number().int(),
        before: z.string(),
        after: z.string(),
        count: z.number().int(),
        spans: z.array(spanSchema),
        afterSpans: z.array(spanSchema),
      }),
    ),
    total: z.number().int(),
  }),
  z.object({
    replaced: z.number().int(),
    /** Each segment's translation as saved. */
    segments: z.array(serverTranslationSchema.extend({ segmentId: z.string() })),
    /** `changed`: someone saved since the preview (`current`); `refused`: the new text cannot be saved (`message`). */
    conflicts: z.array(z.object({ segmentId: z.string(), reason: z.enum(['changed', 'refused']), message: z.string(), current: serverTranslationSchema.optional() })),
  }),
]);
export type ReplaceAnswer = z.infer<typeof replaceAnswerSchema>;

type Endpoint = { request?: z.ZodType; response: z.ZodType };

export const editorEndpoints = {
  /** `PUT /segments/{id}/translation` */
  saveTranslation: { request: saveTranslationRequestSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/submit` */
  submit: { request: statusChangeSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/keep` */
  keep: { request: statusChangeSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/revert` */
  revert: { request: revertSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/approve` */
  approve: { request: approveSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/reject` */
  reject: { request: rejectSchema, response: serverTranslationSchema },
  /** `POST /segments/{id}/review-edit` */
  reviewEdit: { request: reviewEditRequestSchema, response: serverTranslationSchema },
  /** `POST /review/bulk-approve` */
  bulkApprove: { request: bulkApproveSchema, response: bulkApprovalSchema },
  /** `POST /articles/{slug}/submit-all` */
  submitAll: { request: bulkScopeSchema, response: z.object({ submitted: z.number().int(), skipped: z.number().int() }) },
  /** `POST /articles/{slug}/approve-all` */
  approveAll: { request: bulkScopeSchema, response: approveAllSchema },
  /** `POST /articles/{slug}/replace` */
  replace: { request: findReplaceSchema, response: replaceAnswerSchema },
  /** `GET /articles/{slug}`: read after a bulk action, for each segment's translation as it is now. */
  articleTranslations: { response: z.object({ segments: z.array(z.object({ id: z.string(), translation: serverTranslationSchema.nullable() })) }) },
  /** `GET /segments/{id}/suggestions`: memory, glossary and (when configured) machine suggestions. */
  suggestions: {
    response: z.object({
      suggestions: z.array(
        z.object({
          origin: z.enum(['memory', 'machine', 'glossary']),
          text: z.string(),
          score: z.number().optional(),
          source: z.string().optional(),
          findings: z.array(z.object({ checkId: z.string(), severity: z.string() })).optional(),
        }),
      ),
      machineError: z.string().optional(),
    }),
  },
  /** `POST /segments/{id}/waivers` (201) */
  waive: { request: waiveFindingSchema, response: waiverSchema },
  /** `GET /segments/{id}/revisions`, newest first. */
  revisions: { response: z.object({ revisions: z.array(revisionSchema) }) },
  /** `GET /segments/{id}/comments`, oldest first. */
  comments: { response: z.object({ comments: z.array(commentThreadSchema) }) },
  /** `POST /segments/{id}/comments` (201) */
  addComment: { request: addCommentSchema, response: z.object({ id: z.string() }) },
  /** `PATCH /comments/{id}` */
  resolveComment: { request: resolveCommentSchema, response: z.object({ resolved: z.boolean() }) },
  /** `GET /memory?q=…`: the request is the query string. Whole-text matches, and per sentence for a text of several. */
  memory: {
    request: memoryApiQuerySchema,
    response: z.object({
      matches: z.array(memoryMatchSchema).default([]),
      sentences: z.array(z.object({ index: z.number().int(), matches: z.array(memoryMatchSchema) })).default([]),
    }),
  },
} satisfies Record<string, Endpoint>;

export type MemoryLookup = ResponseBody<typeof editorEndpoints.memory>;

/** The body a client sends to an endpoint, with the wire's field names. */
export type RequestBody<E extends { request: z.ZodType }> = z.input<E['request']>;

/** What the client reads from an endpoint's answer. */
export type ResponseBody<E extends Endpoint> = z.output<E['response']>;

/** What a route handler may hand to `Response.json` for an endpoint: Dates where the wire has times. */
export type SentBody<E extends Endpoint> = Sent<ResponseBody<E>>;

type Sent<T> = T extends z.$brand<'WireTime'>
  ? Date
  : T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<Sent<Item>>
    : T extends object
      ? { [K in keyof T]: Sent<T[K]> }
      : T;

/** The error every route answers with (lib/api/define-route.ts); `current` comes with a 409 on a stale version. */
export const apiErrorSchema = z.object({
  error: z
    .object({
      code: z.string().optional().catch(undefined),
      message: z.string().optional().catch(undefined),
      current: serverTranslationSchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
