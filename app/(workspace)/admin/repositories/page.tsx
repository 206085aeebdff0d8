import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { listRepositories } from '@/lib/dal/repositories/repositories.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { AddRepositoryForm } from './_components/add-repository-form.tsx';
import { RepositoryCard } from './_components/repository-card.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('repositories.title') };
}

export default async function RepositoriesPage() {
  const { t } = await getTranslator();
  const repositories = await loadPage(async () => listRepositories(await requireViewer()), '/admin/repositories');
  return (
    <section className="stack">
      <h1>{t('repositories.title')}</h1>
      <p>{t('repositories.intro')}</p>
      {repositories.length === 0 && (
        <EmptyState>
          <p>{t('repositories.empty')}</p>
        </EmptyState>
      )}
      {repositories.map((repository) => (
        <RepositoryCard key={repository.name} repository={repository} />
      ))}
      <h2>{t('repositories.add')}</h2>
      <AddRepositoryForm />
    </section>
  );
}
