import { z } from 'zod';

/** Long enough for any paragraph or table, short enough that a save stays a small write. */
export const maxTranslationLength = 100_000;

export const saveTranslationSchema = z.strictObject({
  text: z.string().max(maxTranslationLength, { message: `A translation can be at most ${maxTranslationLength} characters` }),
  version: z.number().int().min(0),
});

export const statusChangeSchema = z.strictObject({ version: z.number().int().min(0) });

export const revertSchema = z.strictObject({ toVersion: z.number().int().min(1), version: z.number().int().min(0) });
