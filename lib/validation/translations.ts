import { z } from 'zod';
import { counterSchema, versionSchema } from './numbers.ts';

/** Long enough for any paragraph or table, short enough that a save stays a small write. */
export const maxTranslationLength = 50_000;

// C0 controls other than tab, line feed and carriage return, DEL, and the C1 block: never typed on
// purpose, and they break Markdown, XML exports and terminals.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const translationTextSchema = z
  .string()
  .max(maxTranslationLength, { message: `A translation can be at most ${maxTranslationLength.toLocaleString('en')} characters` })
  .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'A translation cannot contain control characters' });

/** What the data-access layer takes: the text and the version it was based on. */
export const saveTranslationSchema = z.strictObject({ text: translationTextSchema, version: versionSchema });

/**
 * What the API takes (`PUT /api/v1/segments/{id}/translation`): `{ text, baseVersion }`, the wire's
 * name for the version the text was based on; parsed, it is `{ text, version }` like everywhere else.
 */
export const saveTranslationRequestSchema = z
  .strictObject({ text: translationTextSchema, baseVersion: versionSchema })
  .transform(({ text, baseVersion }) => ({ text, version: baseVersion }));

export const statusChangeSchema = z.strictObject({ version: versionSchema });

export const revertSchema = z.strictObject({ toVersion: counterSchema(1), version: versionSchema });
