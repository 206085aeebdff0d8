import { defineApiRoute } from '@/lib/api/define-route.ts';
import { readTextBody } from '@/lib/api/read-text-body.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { concordance, importTmx, lookupMemory } from '@/lib/dal/memory/memory.ts';
import { maxTmxBytes } from '@/lib/validation/memory.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';

const lookup = editorEndpoints.memory;

/**
 * `?q=<English text>[&limit=5][&minScore=60]`: exact and fuzzy matches for q as a segment's source,
 * and per sentence for a text of several. `?q=<word or phrase>&mode=concordance[&limit=50]`: the
 * entries whose English or Chinese contains it.
 */
export const GET = defineApiRoute(async (request, viewer) => {
  const { q, mode, limit, minScore } = parseOrThrow(lookup.request, Object.fromEntries(new URL(request.url).searchParams));
  if (mode === 'concordance') return { hits: await concordance(viewer, q, { limit }) };
  return (await lookupMemory(viewer, q, { limit, minScore })) satisfies SentBody<typeof lookup>;
});

/** Admins only: imports a TMX file sent as the body (`application/xml`); answers with what it added. */
export const POST = defineApiRoute('glossary:manage', async (request, viewer) => importTmx(viewer, await readTextBody(request, maxTmxBytes)));
