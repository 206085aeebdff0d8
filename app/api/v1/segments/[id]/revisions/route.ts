import { defineApiRoute } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { listRevisions } from '@/lib/dal/translating/revisions.ts';

const endpoint = editorEndpoints.revisions;

/** The translation's history, newest first, each revision with its word changes from the one before. */
export const GET = defineApiRoute(async (_request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> => ({ revisions: await listRevisions(viewer, id) }));
