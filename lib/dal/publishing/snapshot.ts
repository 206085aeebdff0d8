import 'server-only';
import { z } from 'zod';
import { CorruptRecordError } from '../core/stored-json.ts';

const spacingSchema = z.object({ source: z.string(), target: z.string() });

const pairSchema = z.object({
  key: z.string(),
  segmentId: z.string().optional(),
  kind: z.string(),
  source: z.string(),
  target: z.string().nullable(),
  /** Where the texts stood in the two files (older snapshots lack it): see layOutPublication. */
  spacing: spacingSchema.optional(),
});

/** An imported Chinese block that matched no English segment, after the pair it followed (`afterKey`). */
const unalignedSchema = z.object({ afterKey: z.string().nullable(), text: z.string(), spacing: z.string() });

/** What readers see: frozen at publish time, never changed afterwards. Checked whenever it is read back. */
export const publicationSnapshotSchema = z.object({
  title: z.string(),
  titleZh: z.string(),
  sourceUrl: z.string().nullable(),
  author: z.string().nullable(),
  credits: z.object({ translators: z.array(z.string()), reviewers: z.array(z.string()) }),
  /** ISO time of publishing (older snapshots lack it; the publication row has it too). */
  publishedAt: z.string().optional(),
  /** The English front matter's `tags` (older snapshots lack them). */
  tags: z.array(z.string()).optional(),
  /** The English front matter's `thumbnail` as written (older snapshots lack it). */
  thumbnail: z.string().nullable().optional(),
  pairs: z.array(pairSchema),
  /** Older snapshots lack them. */
  unaligned: z.array(unalignedSchema).optional(),
});

export type PublicationPair = z.infer<typeof pairSchema>;
export type PublicationUnalignedBlock = z.infer<typeof unalignedSchema>;
export type PublicationSnapshot = z.infer<typeof publicationSnapshotSchema>;

/** A stored snapshot, checked against its schema: a damaged row is reported, never shown half-read. */
export function readSnapshot(json: string): PublicationSnapshot {
  return CorruptRecordError.parse(publicationSnapshotSchema, json, 'publication snapshot');
}
