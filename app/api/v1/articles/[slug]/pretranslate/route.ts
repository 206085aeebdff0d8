import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { fillDrafts, listUntranslatedSegments, memoryDrafts } from '@/lib/dal/translating/suggestions.ts';
import { MachineTranslationError } from '@/lib/errors.ts';
import { machineTranslationConfig } from '@/lib/server/machine-translation.ts';
import { translateAll } from '@/lib/server/suggestions.ts';
import { pretranslateSchema } from '@/lib/validation/reviews.ts';

/**
 * Fills untranslated segments with drafts, `{ filled, skipped }`: `{ from: "memory" }` with the memory's
 * exact matches (segments without one are skipped), `{ from: "machine" }` with machine translations.
 * `segmentIds` limits it to a batch of them. Every draft of a call is made first and written after,
 * in one transaction: a failing, slow or cancelled server writes nothing of that call.
 */
export const POST = defineApiRoute('translations:edit', async (request, viewer, { slug = '' }) => {
  const { from, segmentIds, run } = await readJsonBody(request, pretranslateSchema);
  const batch = segmentIds && new Set(segmentIds);
  const items = (await listUntranslatedSegments(viewer, slug)).filter((item) => !batch || batch.has(item.segmentId));
  if (items.length === 0) return { filled: 0, skipped: 0 };
  if (from === 'memory') {
    const drafts = await memoryDrafts(viewer, items);
    const written = await fillDrafts(viewer, slug, drafts, 'memory', run);
    return { filled: written.filled, skipped: written.skipped + items.length - drafts.length };
  }
  if (!machineTranslationConfig()) throw new MachineTranslationError('Machine translation is not configured (DUET_MT_URL and DUET_MT_MODEL)');
  const drafts = await translateAll(items, request.signal);
  return fillDrafts(viewer, slug, drafts, 'machine', run);
});
