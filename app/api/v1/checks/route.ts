import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { limitChecks } from '@/lib/dal/core/rate-limit.ts';
import { runChecksOffThread } from '@/lib/server/run-checks-off-thread.ts';
import { runChecksSchema } from '@/lib/validation/checks.ts';

/**
 * Runs the quality checks on one English segment and its Chinese translation, for tools and scripts.
 * Limited per user before the body is read; the checks run in a worker thread.
 */
export const POST = defineApiRoute(async (request, viewer) => {
  await limitChecks(viewer);
  const { source, target } = await readJsonBody(request, runChecksSchema);
  return { findings: await runChecksOffThread({ source, target }) };
});
