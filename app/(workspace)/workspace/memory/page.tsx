import type { Metadata } from 'next';
import { Button } from '@/components/ui/button.tsx';
import { inlineFormClassName, TextField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';
import { concordance } from '@/lib/dal/memory/memory.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { can } from '@/lib/domain/permissions.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { concordanceSearchSchema } from '@/lib/validation/memory.ts';
import { Highlighted } from './_components/highlighted.tsx';
import { ImportTmxForm } from './_components/import-tmx-form.tsx';
import { RebuildMemoryForm } from './_components/rebuild-memory-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('memory.memory.title') };
}

export default async function MemoryPage({ searchParams }: PageProps<'/workspace/memory'>) {
  const parsed = concordanceSearchSchema.safeParse({ q: (await searchParams).q });
  const query = parsed.success ? (parsed.data.q ?? '') : '';
  const { t, locale } = await getTranslator();
  const { viewer, hits } = await loadPage(async () => {
    const viewer = await requireViewer();
    return { viewer, hits: query ? await concordance(viewer, query) : null };
  }, '/workspace/memory');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section className="stack">
      <h1>{t('memory.memory.title')}</h1>
      <p>{t('memory.memory.intro')}</p>
      <form method="get" action="/workspace/memory" role="search" className={inlineFormClassName}>
        <TextField label={t('memory.memory.searchLabel')} name="q" type="search" defaultValue={query} maxLength={200} required />
        <Button type="submit">{t('memory.memory.search')}</Button>
      </form>
      {hits && hits.length === 0 && <p role="status">{t('memory.memory.none', { query })}</p>}
      {hits && hits.length > 0 && (
        <Table caption={t('memory.memory.results', { query })}>
          <thead>
            <tr>
              <th scope="col">{t('memory.memory.english')}</th>
              <th scope="col">{t('memory.memory.chinese')}</th>
              <th scope="col">{t('memory.memory.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((hit) => (
              <tr key={hit.id}>
                <td lang="en">
                  <Highlighted text={hit.source} query={query} />
                </td>
                <td lang="zh-CN">
                  <Highlighted text={hit.target} query={query} />
                </td>
                <td>
                  {t(`memory.memory.origins.${hit.origin}`)} · <time dateTime={hit.createdAt.toISOString()}>{date.format(hit.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {can(viewer, 'glossary:manage') && (
        <>
          <h2>{t('memory.memory.importTitle')}</h2>
          <ImportTmxForm />
          <h2>{t('memory.memory.rebuildTitle')}</h2>
          <RebuildMemoryForm />
        </>
      )}
    </section>
  );
}
