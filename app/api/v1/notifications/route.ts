import { defineApiRoute } from '@/lib/api/define-route.ts';
import { countUnread, listNotifications } from '@/lib/dal/accounts/notifications.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { notificationsQuerySchema } from '@/lib/validation/reviews.ts';

/** The caller's notifications, newest first (`?unread=1` for unread only, `?before=<id>` for older ones). */
export const GET = defineApiRoute(async (request, viewer) => {
  const query = parseOrThrow(notificationsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const unreadOnly = query.unread === '1' || query.unread === 'true';
  const notifications = await listNotifications(viewer, {
    unreadOnly,
    ...(query.limit !== undefined && { limit: query.limit }),
    ...(query.before !== undefined && { before: query.before }),
  });
  return { unread: await countUnread(viewer), notifications };
});
