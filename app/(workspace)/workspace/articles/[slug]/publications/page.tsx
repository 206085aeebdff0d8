import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { inlineFormClassName, SelectField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';
import { diffPublications, listPublications } from '@/lib/dal/publishing/history.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { PublicationDiff } from './_components/publication-diff.tsx';

type Props = PageProps<'/workspace/articles/[slug]/publications'>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('review.publish.history') };
}

function publicationNumber(value: string | string[] | undefined): number | null {
  const number = typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : null;
}

export default async function PublicationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const [a, b] = [publicationNumber(query.a), publicationNumber(query.b)];
  const { t, locale } = await getTranslator();
  const { article, publications, diff } = await loadPage(async () => {
    const viewer = await requireViewer();
    const { publications, ...article } = await listPublications(viewer, slug);
    const diff = a !== null && b !== null ? await diffPublications(viewer, slug, Math.min(a, b), Math.max(a, b)) : null;
    return { article, publications, diff };
  }, `/workspace/articles/${slug}/publications`);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const [newest, previous] = publications;
  return (
    <section className="stack">
      <h1>{t('review.publications.title', { title: article.title })}</h1>
      <p>{t('review.publications.intro')}</p>
      <p>
        <Link href={`/workspace/articles/${encodeURIComponent(slug)}`}>{t('review.publications.backToArticle')}</Link>
      </p>
      {publications.length === 0 ? (
        <EmptyState>
          <p>{t('review.publications.empty')}</p>
        </EmptyState>
      ) : (
        <Table caption={t('review.publications.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('review.publications.number')}</th>
              <th scope="col">{t('review.publications.publishedAt')}</th>
              <th scope="col">{t('review.publications.publishedBy')}</th>
              <th scope="col">{t('review.publications.titleHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {publications.map((publication) => (
              <tr key={publication.number}>
                <td>{publication.number}</td>
                <td>
                  <time dateTime={publication.publishedAt.toISOString()}>{time.format(publication.publishedAt)}</time>
                </td>
                <td>{publication.publishedBy?.name ?? t('review.publications.unknownPublisher')}</td>
                <td lang="zh-CN">{publication.titleZh}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {newest && previous && (
        <form method="get" className={inlineFormClassName} aria-label={t('review.publications.compare')}>
          <SelectField label={t('review.publications.from')} name="a" defaultValue={String(diff?.from.number ?? previous.number)}>
            {publications.map((publication) => (
              <option key={publication.number} value={publication.number}>
                {publication.number}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('review.publications.to')} name="b" defaultValue={String(diff?.to.number ?? newest.number)}>
            {publications.map((publication) => (
              <option key={publication.number} value={publication.number}>
                {publication.number}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t('review.publications.show')}
          </Button>
        </form>
      )}
      {diff && <PublicationDiff diff={diff} />}
    </section>
  );
}
