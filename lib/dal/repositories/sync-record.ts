import 'server-only';
import { z } from 'zod';
import { CorruptRecordError } from '../core/stored-json.ts';

const syncedFileSchema = z.object({
  path: z.string(),
  slug: z.string().nullable(),
  outcome: z.enum(['imported', 'updated', 'unchanged', 'failed']),
  error: z.string().optional(),
  /** For an update: how many paragraphs of the English changed (their translations are now outdated). */
  changed: z.number().optional(),
});

/** A sync as stored in Repository.lastSyncResult: each file's outcome, or why the whole sync failed. */
export const syncRecordSchema = z.object({
  commit: z.string().nullable(),
  files: z.array(syncedFileSchema),
  error: z.string().nullable(),
});

export type SyncedFile = z.infer<typeof syncedFileSchema>;
export type SyncRecord = z.infer<typeof syncRecordSchema>;

/** What `duet repo sync` prints: counts, and each failed file with its reason. */
export type SyncReport = { imported: number; updated: number; unchanged: number; failed: Array<{ path: string; error: string }> };

export function syncReportOf(record: SyncRecord): SyncReport {
  const count = (outcome: SyncedFile['outcome']) => record.files.filter((file) => file.outcome === outcome).length;
  return {
    imported: count('imported'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: record.files.filter((file) => file.outcome === 'failed').map((file) => ({ path: file.path, error: file.error ?? '' })),
  };
}

export function readSyncRecord(json: string): SyncRecord {
  return CorruptRecordError.parse(syncRecordSchema, json, 'repository sync result');
}
