import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { applyReplace, previewReplace } from '@/lib/dal/translating/find-replace.ts';

/**
 * Find and replace across the article's translations. `{ find, replace, regex?, caseSensitive?,
 * wholeWord?, segmentIds?, dryRun? }`: with `dryRun` the preview `{ matches, total }`; without it the
 * replacement is saved, `{ replaced, segments, conflicts }`. Send the preview's `{ segmentId, version }`
 * pairs as `expected` to apply exactly what was previewed.
 */
const endpoint = editorEndpoints.replace;

export const POST = defineApiRoute('translations:edit', async (request, viewer, { slug = '' }): Promise<SentBody<typeof endpoint>> => {
  const input = await readJsonBody(request, endpoint.request);
  if (input.dryRun) return previewReplace(viewer, slug, input);
  const result = await applyReplace(viewer, slug, input);
  return { replaced: result.replaced.length, segments: result.replaced, conflicts: result.conflicts };
});
