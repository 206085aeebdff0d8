import { z } from 'zod';

export const maxArticleBytes = 5 * 1024 * 1024;

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lowercase letters, digits and single dashes' });

const markdownSchema = z
  .string()
  .refine((text) => text.trim().length > 0, { message: 'The file is empty' })
  .refine((text) => Buffer.byteLength(text, 'utf8') <= maxArticleBytes, { message: 'The file is larger than 5 MB' })
  .refine((text) => !text.includes('\u0000'), { message: 'The file is binary, not Markdown text' });

export const importArticleSchema = z.strictObject({
  markdown: markdownSchema,
  translation: markdownSchema.optional(),
  slug: slugSchema.optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
});
export type ImportArticleInput = z.input<typeof importArticleSchema>;
