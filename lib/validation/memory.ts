import { z } from 'zod';

const limitSchema = (max: number) => z.number().int().min(1).max(max);

export const memoryLookupOptionsSchema = z.strictObject({
  limit: limitSchema(50).default(5),
  /** Below about 50 a "match" shares too little to help, and the lookup must read far more of the index. */
  minScore: z.number().int().min(40).max(100).default(60),
});
export type MemoryLookupOptions = z.input<typeof memoryLookupOptionsSchema>;

export const concordanceQuerySchema = z.strictObject({
  // One character is a meaningful search in Chinese.
  q: z.string().trim().min(1, { message: 'Enter a word or phrase' }).max(200, { message: 'Use at most 200 characters' }),
  limit: limitSchema(200).default(50),
});

/** `GET /api/v1/memory?q=…[&mode=concordance][&limit=…][&minScore=…]` */
export const memoryApiQuerySchema = z.strictObject({
  q: z.string().trim().min(1, { message: 'Give the text to look up as q' }).max(20_000),
  mode: z.enum(['matches', 'concordance']).default('matches'),
  limit: z.coerce.number().int().optional(),
  minScore: z.coerce.number().int().optional(),
});

/** A TMX of a few hundred thousand units; bigger memories can be split. */
export const maxTmxBytes = 50_000_000;

export const importTmxSchema = z.strictObject({
  content: z.string().min(1, { message: 'The file is empty' }).max(maxTmxBytes, { message: 'The file is larger than 50 MB' }),
});

/** The memory page's upload; Server Actions accept at most 12 MB (next.config.ts), the API more. */
export const tmxUploadSchema = z.strictObject({
  file: z
    .instanceof(File, { message: 'Choose a TMX file' })
    .refine((file) => file.size > 0, { message: 'The file is empty' })
    .refine((file) => file.size <= 10_000_000, { message: 'The file is larger than 10 MB; use the API for larger files' }),
});

export const concordanceSearchSchema = z.strictObject({ q: z.string().trim().max(200).optional() });
