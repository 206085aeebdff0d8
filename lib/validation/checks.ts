import { z } from 'zod';

/** A segment is a paragraph or a table: 50,000 characters is far beyond any, and keeps a request cheap. */
export const maxCheckedTextLength = 50_000;

const checkedText = (field: string) =>
  z.string().max(maxCheckedTextLength, { message: `${field} can be at most ${maxCheckedTextLength} characters` });

export const runChecksSchema = z.strictObject({
  source: checkedText('The source'),
  target: checkedText('The translation'),
});
export type RunChecksInput = z.input<typeof runChecksSchema>;
