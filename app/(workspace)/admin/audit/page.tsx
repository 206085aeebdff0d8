import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { inlineFormClassName, SelectField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';
import { listAuditActions, listAuditArticles, listAuditEvents } from '@/lib/dal/core/audit.ts';
import { auditSentence, subjectsOfEvent } from '@/lib/domain/audit-sentence.ts';
import { listUsers } from '@/lib/dal/accounts/users.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('review.audit.title') };
}

/** A query parameter given once, or nothing (repeated or empty parameters are ignored). */
function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function auditHref(filter: { action?: string | undefined; actorId?: string | undefined; articleId?: string | undefined }, before?: string): string {
  const query = new URLSearchParams({
    ...(filter.action && { action: filter.action }),
    ...(filter.actorId && { actor: filter.actorId }),
    ...(filter.articleId && { article: filter.articleId }),
    ...(before && { before }),
  }).toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const params = await searchParams;
  const filter = { action: single(params.action), actorId: single(params.actor), articleId: single(params.article) };
  const before = single(params.before);
  const { t, locale } = await getTranslator();
  const { page, actions, users, articles } = await loadPage(async () => {
    const viewer = await requireViewer();
    const page = await listAuditEvents(viewer, {
      ...(filter.action && { action: filter.action }),
      ...(filter.actorId && { actorId: filter.actorId }),
      ...(filter.articleId && { articleId: filter.articleId }),
      ...(before && { before }),
      limit: 50,
    });
    return { page, actions: await listAuditActions(viewer), users: await listUsers(viewer), articles: await listAuditArticles(viewer) };
  }, '/admin/audit');
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const roleName = (role: string) =>
    role === 'admin' || role === 'reviewer' || role === 'translator' ? t(`admin.users.roles.${role}`) : role;
  return (
    <section className="stack">
      <h1>{t('review.audit.title')}</h1>
      <p>{t('review.audit.intro')}</p>
      <form method="get" action="/admin/audit" aria-label={t('review.audit.filters')} className={inlineFormClassName}>
        <SelectField label={t('review.audit.action')} name="action" defaultValue={filter.action ?? ''}>
          <option value="">{t('review.audit.anyAction')}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('review.audit.actor')} name="actor" defaultValue={filter.actorId ?? ''}>
          <option value="">{t('review.audit.anyActor')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </SelectField>
        <SelectField label={t('audit.article')} name="article" defaultValue={filter.articleId ?? ''}>
          <option value="">{t('audit.anyArticle')}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('review.audit.apply')}
        </Button>
      </form>
      {page.events.length === 0 ? (
        <EmptyState>
          <p>{t('review.audit.empty')}</p>
        </EmptyState>
      ) : (
        <Table caption={t('review.audit.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('review.audit.time')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('review.audit.ip')}</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => {
              const sentence = auditSentence(
                event,
                subjectsOfEvent(event),
                { system: t('review.audit.system'), unknownArticle: t('audit.unknownArticle'), unknownUser: t('audit.unknownUser'), role: (role) => roleName(role) },
              );
              return (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.createdAt.toISOString()}>{time.format(event.createdAt)}</time>
                  </td>
                  <td>
                    <p className="audit-sentence">
                      {t(sentence.key, sentence.vars)}
                      {event.subjects.article && (
                        <>
                          {' '}
                          <Link
                            href={`/workspace/articles/${encodeURIComponent(event.subjects.article.slug)}`}
                            aria-label={`${t('review.notifications.openArticle')}: ${event.subjects.article.title}`}
                          >
                            ↗
                          </Link>
                        </>
                      )}
                    </p>
                    {Object.keys(event.detail).length > 0 && (
                      <details>
                        <summary className="meta">
                          {t('audit.showDetail')} (<code>{event.action}</code>)
                        </summary>
                        <code className="segment-source">{JSON.stringify(event.detail)}</code>
                      </details>
                    )}
                  </td>
                  <td>{event.ip}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <p className="button-row">
        {before && <Link href={auditHref(filter)}>{t('review.audit.newest')}</Link>}
        {page.nextCursor && <Link href={auditHref(filter, page.nextCursor)}>{t('review.audit.older')}</Link>}
        {(filter.action || filter.actorId || filter.articleId) && <Link href="/admin/audit">{t('review.audit.reset')}</Link>}
      </p>
    </section>
  );
}
