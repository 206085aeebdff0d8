import type { Metadata } from 'next';
import { buttonClassName, Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { inlineFormClassName, SelectField, TextField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';
import { listGlossaryTerms } from '@/lib/dal/memory/glossary.ts';
import { requirePermission } from '@/lib/auth/viewer.ts';
import { GLOSSARY_STATUSES, type GlossaryStatus } from '@/lib/domain/glossary/glossary-term.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { ImportGlossaryForm } from './_components/import-glossary-form.tsx';
import { TermForm } from './_components/term-form.tsx';
import { TermRow } from './_components/term-row.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('memory.glossary.title') };
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined);
const isStatus = (value: string | undefined): value is GlossaryStatus => GLOSSARY_STATUSES.some((status) => status === value);

export default async function GlossaryPage({ searchParams }: PageProps<'/admin/glossary'>) {
  const params = await searchParams;
  const q = single(params.q);
  const status = single(params.status);
  const { t } = await getTranslator();
  const terms = await loadPage(async () => {
    const viewer = await requirePermission('glossary:manage');
    return listGlossaryTerms(viewer, { ...(q && { q }), ...(isStatus(status) && { status }) });
  }, '/admin/glossary');
  return (
    <section className="stack">
      <h1>{t('memory.glossary.title')}</h1>
      <p>{t('memory.glossary.intro')}</p>
      <form method="get" action="/admin/glossary" role="search" className={inlineFormClassName}>
        <TextField label={t('memory.glossary.filterLabel')} name="q" type="search" defaultValue={q ?? ''} />
        <SelectField label={t('memory.glossary.statusFilter')} name="status" defaultValue={isStatus(status) ? status : ''}>
          <option value="">{t('memory.glossary.allStatuses')}</option>
          {GLOSSARY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`memory.glossary.statuses.${value}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('memory.glossary.apply')}
        </Button>
      </form>
      {terms.length === 0 ? (
        <EmptyState>
          <p>{t('memory.glossary.empty')}</p>
        </EmptyState>
      ) : (
        <Table caption={t('memory.glossary.count', { count: terms.length })}>
          <thead>
            <tr>
              <th scope="col">{t('memory.glossary.english')}</th>
              <th scope="col">{t('memory.glossary.chinese')}</th>
              <th scope="col">{t('memory.glossary.partOfSpeech')}</th>
              <th scope="col">{t('memory.glossary.status')}</th>
              <th scope="col">{t('memory.glossary.notes')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <TermRow key={term.id} term={term} />
            ))}
          </tbody>
        </Table>
      )}
      <h2>{t('memory.glossary.addTerm')}</h2>
      <TermForm />
      <h2>{t('memory.glossary.importTitle')}</h2>
      <ImportGlossaryForm />
      <h2>{t('memory.glossary.exportTitle')}</h2>
      <ul className="button-row">
        <li>
          <a href="/api/v1/glossary?format=csv" download className={buttonClassName('secondary')}>
            {t('memory.glossary.exportCsv')}
          </a>
        </li>
        <li>
          <a href="/api/v1/glossary?format=tbx" download className={buttonClassName('secondary')}>
            {t('memory.glossary.exportTbx')}
          </a>
        </li>
      </ul>
    </section>
  );
}
