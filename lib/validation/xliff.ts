import { z } from 'zod';

/** An XLIFF file of the longest article with notes and codes stays well under this. */
export const maxXliffFileBytes = 10_000_000;

/** `?dryRun=1` reports what an import would do and writes nothing. */
export const xliffImportQuerySchema = z
  .strictObject({ dryRun: z.enum(['0', '1', 'true', 'false'], { message: 'dryRun is 1 or 0' }).optional() })
  .transform(({ dryRun }) => ({ dryRun: dryRun === '1' || dryRun === 'true' }));
