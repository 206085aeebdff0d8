import { z } from 'zod';
import { CHECK_IDS } from '@/lib/domain/checks/finding.ts';
import { versionSchema } from './numbers.ts';

export const maxWaiverReasonLength = 1000;

/** `POST /api/v1/segments/{id}/waivers`: accept one check's error on the version the reviewer saw. */
export const waiveFindingSchema = z.strictObject({
  version: versionSchema,
  checkId: z.enum(CHECK_IDS, { message: 'Unknown check' }),
  reason: z
    .string()
    .trim()
    .min(1, { message: 'Say why this finding is acceptable' })
    .max(maxWaiverReasonLength, { message: `A reason can be at most ${maxWaiverReasonLength} characters` }),
});
export type WaiveFindingInput = z.input<typeof waiveFindingSchema>;
