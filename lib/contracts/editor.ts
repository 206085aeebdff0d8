import { z } from 'zod';
import { GLOSSARY_STATUSES } from '@/lib/domain/glossary/glossary-term.ts';
import { SEGMENT_KINDS } from '@/lib/domain/markdown/source-segment.ts';
import { translationStatuses } from '@/lib/domain/workflow.ts';

/*
 * What the editor's server side (lib/dal/translating/editor.ts and the API routes it calls) sends and
 * its client side (components/editor) reads: one contract, so the components never import the
 * data-access layer. The article comes as a prop; the API's answers are parsed with these schemas
 * (see ./editor-api.ts).
 */

/** The translation of a segment as the server has it; every write answers with it, and a 409 carries the newer one. */
export const serverTranslationSchema = z.object({
  text: z.string(),
  status: z.enum(translationStatuses),
  version: z.number().int(),
});
export type ServerTranslation = z.infer<typeof serverTranslationSchema>;

/** Who did something: null once their account is gone. */
export const personSchema = z.object({ name: z.string() }).nullable();

/** A reviewer's acceptance of one check's error on one version of a translation. */
export const waiverSchema = z.object({ checkId: z.string(), reason: z.string(), user: personSchema });
export type Waiver = z.infer<typeof waiverSchema>;

export const editorSegmentSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.enum(SEGMENT_KINDS),
  /** For a front matter field (`title`), its key: `source` and the translation are then plain values. */
  field: z.string().nullable(),
  /** What is translated: the segment's Markdown without its surrounding whitespace, or a field's value. */
  source: z.string(),
  /** The spaces before the source's first line, for rendering it (four make it code). */
  indent: z.string(),
  /** The source before the latest update changed it (outdated translations only). */
  previousSource: z.string().nullable(),
  translatable: z.boolean(),
  words: z.number().int(),
  openComments: z.number().int(),
  translation: serverTranslationSchema,
  /** Quality findings a reviewer accepted on the current version. */
  waivers: z.array(waiverSchema),
});
export type EditorSegment = z.infer<typeof editorSegmentSchema>;

export const editorArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** The title segment's translation, else the Chinese title found at import. */
  titleZh: z.string().nullable(),
  segments: z.array(editorSegmentSchema),
  /** The glossary, for the checks and for showing terms beside the English. */
  glossary: z.array(z.object({ source: z.string(), target: z.string(), status: z.enum(GLOSSARY_STATUSES) })),
  viewer: z.object({ id: z.string(), canReview: z.boolean() }),
});
export type EditorArticle = z.infer<typeof editorArticleSchema>;
