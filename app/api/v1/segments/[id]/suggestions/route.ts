import { defineApiRoute } from '@/lib/api/define-route.ts';
import { suggestionsFor } from '@/lib/server/suggestions.ts';

/** `{ suggestions: [{ origin: "memory" | "machine" | "glossary", text, score? }], machineError? }` for the segment. */
export const GET = defineApiRoute('translations:edit', async (request, viewer, { id = '' }) => suggestionsFor(viewer, id, request.signal));
