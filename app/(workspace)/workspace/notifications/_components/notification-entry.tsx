import Link from 'next/link';
import { asFormAction } from '@/components/form-action.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { WordDiff } from '@/components/word-diff.tsx';
import type { NotificationItem } from '@/lib/dal/accounts/notifications.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { reviewCategories, reviewSeverities } from '@/lib/validation/reviews.ts';
import { markNotificationsReadAction } from '../actions.ts';
import styles from './notifications.module.css';

const severityTone = { minor: 'info', major: 'warning', critical: 'danger' } as const;

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

/** Where a notification leads: the segment in the editor, or the article for an assignment. */
function hrefFor(notification: NotificationItem): string | null {
  if (!notification.article) return null;
  const article = `/workspace/articles/${encodeURIComponent(notification.article.slug)}`;
  return notification.segmentId ? `${article}/edit?segment=${encodeURIComponent(notification.segmentId)}` : article;
}

export async function NotificationEntry({ notification }: { notification: NotificationItem }) {
  const { t, locale } = await getTranslator();
  const { detail } = notification;
  const category = oneOf(reviewCategories, detail.category);
  const severity = oneOf(reviewSeverities, detail.severity);
  const before = text(detail.before);
  const after = text(detail.after);
  const comment = text(detail.comment) ?? text(detail.excerpt);
  const href = hrefFor(notification);
  const unread = notification.readAt === null;
  return (
    <li className={styles.item} data-unread={unread}>
      <p className={styles.summary}>
        {unread && <Badge tone="info">{t('review.notifications.unread')}</Badge>}{' '}
        {t(`review.notifications.kinds.${notification.kind}`, {
          actor: notification.actor?.name ?? t('review.notifications.someone'),
          article: notification.article?.title ?? t('review.notifications.deletedArticle'),
          count: typeof detail.count === 'number' ? detail.count : 1,
        })}
      </p>
      <p className="meta">
        <time dateTime={notification.createdAt.toISOString()}>
          {new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(notification.createdAt)}
        </time>
      </p>
      {(category || severity) && (
        <p className="button-row">
          {category && <Badge>{`${t('review.notifications.category')}: ${t(`review.categories.${category}`)}`}</Badge>}
          {severity && <Badge tone={severityTone[severity]}>{`${t('review.notifications.severity')}: ${t(`review.severities.${severity}`)}`}</Badge>}
        </p>
      )}
      {comment && (
        <blockquote className={styles.feedback} aria-label={notification.kind === 'rejected' ? t('review.notifications.feedback') : undefined}>
          {comment}
        </blockquote>
      )}
      {before !== null && after !== null && <WordDiff previous={before} next={after} label={t('review.notifications.change')} />}
      <div className="button-row">
        {href && <Link href={href}>{notification.segmentId ? t('review.notifications.openSegment') : t('review.notifications.openArticle')}</Link>}
        {unread && (
          <form action={asFormAction(markNotificationsReadAction)}>
            <input type="hidden" name="id" value={notification.id} />
            <SubmitButton variant="ghost" size="small">
              {t('review.notifications.markRead')}
            </SubmitButton>
          </form>
        )}
      </div>
    </li>
  );
}
