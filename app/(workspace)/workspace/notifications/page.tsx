import type { Metadata } from 'next';
import Link from 'next/link';
import { asFormAction } from '@/components/form-action.ts';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { countUnread, listNotifications } from '@/lib/dal/accounts/notifications.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { markNotificationsReadAction } from './actions.ts';
import { NotificationEntry } from './_components/notification-entry.tsx';
import styles from './_components/notifications.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('review.notifications.title') };
}

export default async function NotificationsPage({ searchParams }: PageProps<'/workspace/notifications'>) {
  const unreadOnly = (await searchParams).unread === '1';
  const { t } = await getTranslator();
  const { notifications, unread } = await loadPage(async () => {
    const viewer = await requireViewer();
    return { notifications: await listNotifications(viewer, { unreadOnly, limit: 100 }), unread: await countUnread(viewer) };
  }, '/workspace/notifications');
  return (
    <section className="stack">
      <h1>{t('review.notifications.title')}</h1>
      <p>{t('review.notifications.intro')}</p>
      <nav aria-label={t('review.notifications.filterLabel')} className="button-row">
        <Link href="/workspace/notifications" aria-current={unreadOnly ? undefined : 'page'}>
          {t('review.notifications.showAll')}
        </Link>
        <Link href="/workspace/notifications?unread=1" aria-current={unreadOnly ? 'page' : undefined}>
          {t('review.notifications.showUnread')}
        </Link>
        <span className="meta">{t('review.notifications.unreadCount', { count: unread })}</span>
      </nav>
      {unread > 0 && (
        <form action={asFormAction(markNotificationsReadAction)}>
          <input type="hidden" name="all" value="1" />
          <SubmitButton variant="secondary" size="small">
            {t('review.notifications.markAllRead')}
          </SubmitButton>
        </form>
      )}
      {notifications.length === 0 ? (
        <EmptyState>
          <p>{t('review.notifications.empty')}</p>
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {notifications.map((notification) => (
            <NotificationEntry key={notification.id} notification={notification} />
          ))}
        </ul>
      )}
    </section>
  );
}
