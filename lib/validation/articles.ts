import { z } from 'zod';
import { emailSchema } from './users.ts';
import { frontMatterProblem } from '@/lib/domain/article-metadata.ts';
import { exportFormats } from '@/lib/domain/export/export-formats.ts';
import { maxArticleBytes } from '@/lib/domain/markdown-file.ts';
import { findMarkdownLimitProblem } from '@/lib/domain/markdown/markdown-limits.ts';

/** An import request: two files at the limit, with room for JSON's escaping of line breaks and quotes. */
export const maxImportRequestBytes = 4 * maxArticleBytes;

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lowercase letters, digits and single dashes' });

/**
 * A Markdown file's text: not empty, at most 5 MB, not binary, with front matter that parses, and
 * nested no deeper than MARKDOWN_LIMITS (past them, segmenting and rendering would take minutes).
 */
export const markdownFileSchema = z
  .string()
  .refine((text) => text.trim().length > 0, { message: 'The file is empty' })
  .refine((text) => new TextEncoder().encode(text).length <= maxArticleBytes, { message: 'The file is larger than 5 MB' })
  .refine((text) => !text.includes('\u0000'), { message: 'The file is binary, not Markdown text' })
  .superRefine((text, context) => {
    const problem = frontMatterProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: `The front matter is broken: ${problem}` });
    const limit = findMarkdownLimitProblem(text);
    if (limit) context.addIssue({ code: 'custom', message: limit.message });
  });

export const importArticleSchema = z.strictObject({
  markdown: markdownFileSchema,
  translation: markdownFileSchema.optional(),
  slug: slugSchema.optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  /** The imported translation is ready for review: submitted, with the importer answering for it. */
  asSubmitted: z.boolean().optional(),
});
export type ImportArticleInput = z.input<typeof importArticleSchema>;

/** The import form: empty optional fields mean "not given". */
export const importFormSchema = z.preprocess(
  (value) =>
    value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, field]) => field !== '' && field !== null)
            // A checkbox sends "true" when ticked and nothing when not.
            .map(([key, field]) => [key, key === 'asSubmitted' ? field === true || field === 'true' : field]),
        )
      : value,
  importArticleSchema,
);

/** `POST /api/v1/articles/{slug}/assignments` and `duet assign`: who to assign, by e-mail. */
export const assignByEmailSchema = z.strictObject({ email: emailSchema });

export const exportQuerySchema = z.strictObject({
  format: z.enum(exportFormats, { message: `Format must be one of: ${exportFormats.join(', ')}` }),
  untranslated: z.enum(['omit', 'source'], { message: 'Untranslated must be omit or source' }).default('omit'),
});

export const linkUnalignedSchema = z.strictObject({
  blockId: z.string().min(1).max(64),
  segmentId: z.string().min(1).max(64),
});

export const setTranslatableSchema = z.strictObject({
  segmentId: z.string().min(1).max(64),
  // Forms send strings; scripts send booleans.
  translatable: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]),
});

export const assignmentSchema = z.strictObject({
  slug: slugSchema,
  userId: z.string().min(1).max(64),
});
