import { defineApiRoute } from '@/lib/api/define-route.ts';
import { listPublications } from '@/lib/dal/publishing/history.ts';

/** Every publication of the article, newest first, with who published it and when. */
export const GET = defineApiRoute(async (_request, viewer, { slug = '' }) => listPublications(viewer, slug));
