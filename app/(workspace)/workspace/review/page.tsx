import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClassName } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Table } from '@/components/ui/table.tsx';
import { listReviewQueue } from '@/lib/dal/translating/reviews.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('editor.review.queue') };
}

/** Articles with submitted segments, oldest submission first; each opens the editor on its submitted segments. */
export default async function ReviewQueuePage() {
  const { t, locale } = await getTranslator();
  const groups = await loadPage(async () => listReviewQueue(await requireViewer()), '/workspace/review');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="stack">
      <h1 id="review-queue-title">{t('editor.review.queue')}</h1>
      <p>{t('editor.review.queueIntro')}</p>
      {groups.length === 0 ? (
        <EmptyState>
          <p>{t('editor.review.queueEmpty')}</p>
        </EmptyState>
      ) : (
        // The page's heading already says what the table is, so it names the table instead of a caption.
        <Table labelledBy="review-queue-title">
          <thead>
            <tr>
              <th scope="col">{t('editor.review.article')}</th>
              <th scope="col">{t('editor.review.waiting')}</th>
              <th scope="col">{t('editor.review.oldest')}</th>
              <th scope="col">{t('editor.review.translators')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map(({ article, items }) => {
              const oldest = items[0]?.submittedAt;
              const translators = [...new Set(items.flatMap((item) => (item.translator ? [item.translator.name] : [])))];
              return (
                <tr key={article.slug}>
                  <th scope="row">
                    {article.title}
                    {article.titleZh && <span lang="zh-CN"> · {article.titleZh}</span>}
                  </th>
                  <td>{items.length}</td>
                  <td>{oldest ? <time dateTime={oldest.toISOString()}>{date.format(oldest)}</time> : '—'}</td>
                  <td>{translators.join(', ') || '—'}</td>
                  <td>
                    <Link
                      className={buttonClassName('primary', 'small')}
                      href={`/workspace/articles/${article.slug}/edit?filter=submitted${items[0] ? `&segment=${items[0].segmentId}` : ''}`}
                    >
                      {t('editor.review.start')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
