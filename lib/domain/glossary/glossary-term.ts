import { z } from 'zod';

export const GLOSSARY_STATUSES = ['preferred', 'forbidden'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

/**
 * What the editor's highlighting and the quality checks need of a term: an English term, a Chinese
 * rendering, and whether that rendering is the one to use or one never to use.
 */
export interface GlossaryEntry {
  source: string;
  target: string;
  status: GlossaryStatus;
}

/** A whole term, as the admin page, the API and the CSV and TBX files carry it. */
export interface GlossaryTermFields extends GlossaryEntry {
  notes: string;
  partOfSpeech: string;
}

export const glossaryStatusSchema = z.enum(GLOSSARY_STATUSES, { message: `Status must be one of: ${GLOSSARY_STATUSES.join(', ')}` });

/** A term's fields as every way in (form, API, CSV and TBX rows) must give them. */
export const glossaryTermSchema = z.strictObject({
  source: z.string().trim().min(1, { message: 'Enter the English term' }).max(200, { message: 'Use at most 200 characters' }),
  target: z.string().trim().min(1, { message: 'Enter the Chinese term' }).max(200, { message: 'Use at most 200 characters' }),
  notes: z.string().trim().max(2000, { message: 'Use at most 2,000 characters' }).default(''),
  partOfSpeech: z.string().trim().max(40, { message: 'Use at most 40 characters' }).default(''),
  status: glossaryStatusSchema.default('preferred'),
});
