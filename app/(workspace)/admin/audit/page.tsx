import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { SelectField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';
import { listAuditActions, listAuditEvents } from '@/lib/dal/core/audit.ts';
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

function auditHref(filter: { action?: string | undefined; actorId?: string | undefined }, before?: string): string {
  const query = new URLSearchParams({
    ...(filter.action && { action: filter.action }),
    ...(filter.actorId && { actor: filter.actorId }),
    ...(before && { before }),
  }).toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const params = await searchParams;
  const filter = { action: single(params.action), actorId: single(params.actor) };
  const before = single(params.before);
  const { t, locale } = await getTranslator();
  const { page, actions, users } = await loadPage(async () => {
    const viewer = await requireViewer();
    const page = await listAuditEvents(viewer, {
      ...(filter.action && { action: filter.action }),
      ...(filter.actorId && { actorId: filter.actorId }),
      ...(before && { before }),
      limit: 50,
    });
    return { page, actions: await listAuditActions(viewer), users: await listUsers(viewer) };
  }, '/admin/audit');
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <section className="stack">
      <h1>{t('review.audit.title')}</h1>
      <p>{t('review.audit.intro')}</p>
      <form method="get" action="/admin/audit" aria-label={t('review.audit.filters')} className="button-row">
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
        <Button type="submit" variant="secondary">
          {t('review.audit.apply')}
        </Button>
      </form>
      {page.events.length === 0 ? (
        <p>{t('review.audit.empty')}</p>
      ) : (
        <Table caption={t('review.audit.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('review.audit.time')}</th>
              <th scope="col">{t('review.audit.actor')}</th>
              <th scope="col">{t('review.audit.action')}</th>
              <th scope="col">{t('review.audit.target')}</th>
              <th scope="col">{t('review.audit.detail')}</th>
              <th scope="col">{t('review.audit.ip')}</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.createdAt.toISOString()}>{time.format(event.createdAt)}</time>
                </td>
                <td>{event.actor ? event.actor.name : t('review.audit.system')}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>{event.targetType && `${event.targetType} ${event.targetId}`}</td>
                <td>
                  <code className="segment-source">{Object.keys(event.detail).length ? JSON.stringify(event.detail) : ''}</code>
                </td>
                <td>{event.ip}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="button-row">
        {before && <Link href={auditHref(filter)}>{t('review.audit.newest')}</Link>}
        {page.nextCursor && <Link href={auditHref(filter, page.nextCursor)}>{t('review.audit.older')}</Link>}
        {(filter.action || filter.actorId) && <Link href="/admin/audit">{t('review.audit.reset')}</Link>}
      </p>
    </section>
  );
}
