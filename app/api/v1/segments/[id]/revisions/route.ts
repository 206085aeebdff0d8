import { defineApiRoute } from '@/lib/api/define-route.ts';
import { listRevisions } from '@/lib/dal/translating/revisions.ts';

/** The translation's history, newest first, each revision with its word changes from the one before. */
export const GET = defineApiRoute(async (_request, viewer, { id = '' }) => ({ revisions: await listRevisions(viewer, id) }));
