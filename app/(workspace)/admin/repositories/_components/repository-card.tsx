import Link from 'next/link';
import { Table } from '@/components/ui/table.tsx';
import type { RepositoryView } from '@/lib/dal/repositories/repositories.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { RepositoryControls } from './repository-controls.tsx';

/** One repository: where it is, what it syncs, the controls, and the last sync's outcome per file. */
export async function RepositoryCard({ repository }: { repository: RepositoryView }) {
  const { t, locale } = await getTranslator();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const lastSync = repository.lastSync;
  return (
    <section className="stack" aria-labelledby={`repository-${repository.name}`}>
      <h2 id={`repository-${repository.name}`}>{repository.name}</h2>
      <dl>
        {[
          [t('repositories.url'), repository.url],
          [t('repositories.branch'), repository.branch],
          [t('repositories.sources'), repository.sourcesGlob],
          [t('repositories.translations'), repository.translationTemplate],
        ].map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        {t('repositories.articles', { count: repository.articles, published: repository.published })} ·{' '}
        {repository.lastSyncedAt ? (
          <time dateTime={repository.lastSyncedAt.toISOString()}>{t('repositories.lastSynced', { time: time.format(repository.lastSyncedAt) })}</time>
        ) : (
          t('repositories.neverSynced')
        )}
      </p>
      <RepositoryControls name={repository.name} syncIntervalMinutes={repository.syncIntervalMinutes} />
      {lastSync?.error && (
        <p role="alert" className="form-error">
          {t('repositories.lastSyncFailed', { error: lastSync.error })}
        </p>
      )}
      {lastSync && lastSync.files.length > 0 && (
        <Table caption={`${t('repositories.lastSync')}: ${repository.name}`}>
          <thead>
            <tr>
              <th scope="col">{t('repositories.file')}</th>
              <th scope="col">{t('repositories.article')}</th>
              <th scope="col">{t('repositories.outcome')}</th>
              <th scope="col">{t('repositories.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {lastSync.files.map((file) => (
              <tr key={file.path}>
                <td>
                  <code>{file.path}</code>
                </td>
                <td>{file.slug && file.outcome !== 'failed' ? <Link href={`/workspace/articles/${file.slug}`}>{file.slug}</Link> : file.slug}</td>
                <td>{t(`repositories.outcomes.${file.outcome}`)}</td>
                <td>{file.error ?? (file.changed !== undefined ? t('repositories.changed', { count: file.changed }) : '')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
