import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { getSettings, updateSettings } from '@/lib/dal/core/settings.ts';
import { updateSettingsSchema } from '@/lib/validation/settings.ts';

export const GET = defineApiRoute(async (_request, viewer) => getSettings(viewer));

/** Changes some settings, e.g. `{ "reviewers.selfApprove": true }`; returns them all. */
export const PATCH = defineApiRoute('settings:manage', async (request, viewer) => updateSettings(viewer, await readJsonBody(request, updateSettingsSchema)));
