import { z } from 'zod';

/** Room for a thorough review remark, short enough that a thread stays readable. */
export const maxCommentLength = 5000;

export const addCommentSchema = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, { message: 'Write a comment' })
    .max(maxCommentLength, { message: `A comment can be at most ${maxCommentLength} characters` }),
  parentId: z.string().min(1).max(64).optional(),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const resolveCommentSchema = z.strictObject({ resolved: z.boolean() });
