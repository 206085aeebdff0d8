import { defineApiRoute } from '@/lib/api/define-route.ts';
import { getPublication } from '@/lib/dal/publishing/history.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { publicationNumberSchema } from '@/lib/validation/reviews.ts';

/** One publication exactly as published: title, credits, time and the snapshot of pairs. */
export const GET = defineApiRoute(async (_request, viewer, { slug = '', number = '' }) =>
  getPublication(viewer, slug, parseOrThrow(publicationNumberSchema, number)),
);
