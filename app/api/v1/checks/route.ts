import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { runChecksSchema } from '@/lib/validation/checks.ts';

/** Runs the quality checks on one English segment and its Chinese translation, for tools and scripts. */
export const POST = defineApiRoute(async (request) => {
  const { source, target } = await readJsonBody(request, runChecksSchema);
  return { findings: runChecks({ source, target }) };
});
