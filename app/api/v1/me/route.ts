import { defineApiRoute } from '@/lib/api/define-route.ts';
import { describeViewer } from '@/lib/dal/accounts/me.ts';

export const GET = defineApiRoute(async (_request, viewer) => describeViewer(viewer));
