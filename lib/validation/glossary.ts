import { z } from 'zod';
import { glossaryStatusSchema, glossaryTermSchema } from '@/lib/domain/glossary/glossary-term.ts';

export { glossaryStatusSchema, glossaryTermSchema };
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;

const termIdSchema = z.string().min(1).max(64);

export const updateGlossaryTermSchema = glossaryTermSchema.extend({ id: termIdSchema });
export const deleteGlossaryTermSchema = z.strictObject({ id: termIdSchema });

export const glossaryFilterSchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: glossaryStatusSchema.optional(),
});
export type GlossaryFilter = z.input<typeof glossaryFilterSchema>;

/** `GET /api/v1/glossary`: the filter, and `format` to download the whole glossary as a file. */
export const glossaryQuerySchema = glossaryFilterSchema.extend({ format: z.enum(['json', 'csv', 'tbx']).default('json') });

/** Thousands of terms fit in a few hundred kilobytes; a bigger file is a mistake. */
export const maxGlossaryFileBytes = 5_000_000;

export const importGlossarySchema = z.strictObject({
  format: z.enum(['csv', 'tbx']),
  content: z.string().max(maxGlossaryFileBytes, { message: 'The file is larger than 5 MB' }),
});
export type ImportGlossaryInput = z.input<typeof importGlossarySchema>;

/** The admin page's upload: the format is told by the file's content. */
export const glossaryUploadSchema = z.strictObject({
  file: z
    .instanceof(File, { message: 'Choose a CSV or TBX file' })
    .refine((file) => file.size > 0, { message: 'The file is empty' })
    .refine((file) => file.size <= maxGlossaryFileBytes, { message: 'The file is larger than 5 MB' }),
});
