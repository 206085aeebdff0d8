import { z } from 'zod';

/** `DELETE /api/v1/articles/{slug}` with `{ confirm: slug }`: the slug typed again, so a slip of the mouse deletes nothing. */
export const deleteArticleSchema = z.strictObject({
  confirm: z.string({ message: "Type the article's slug as confirm" }).max(200),
});
export type DeleteArticleInput = z.input<typeof deleteArticleSchema>;
