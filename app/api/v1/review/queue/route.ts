import { defineApiRoute } from '@/lib/api/define-route.ts';
import { listReviewQueue } from '@/lib/dal/translating/reviews.ts';

/** Submitted segments grouped by article, oldest submission first, each with its history. */
export const GET = defineApiRoute(async (_request, viewer) => ({ articles: await listReviewQueue(viewer) }));
