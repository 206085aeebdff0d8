import type { Metadata } from 'next';
import { Table } from '@/components/ui/table.tsx';
import { listUsers } from '@/lib/dal/accounts/users.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { CreateUserForm } from './_components/create-user-form.tsx';
import { UserRow } from './_components/user-row.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.users.title') };
}

export default async function UsersPage() {
  const { t } = await getTranslator();
  const { viewer, users } = await loadPage(async () => {
    const viewer = await requireViewer();
    return { viewer, users: await listUsers(viewer) };
  }, '/admin/users');
  return (
    <section className="stack">
      <h1 id="users-title">{t('admin.users.title')}</h1>
      <Table labelledBy="users-title">
        <thead>
          <tr>
            <th scope="col">{t('admin.users.name')}</th>
            <th scope="col">{t('admin.users.email')}</th>
            <th scope="col">{t('admin.users.role')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === viewer.id} />
          ))}
        </tbody>
      </Table>
      <h2>{t('admin.users.createUser')}</h2>
      <CreateUserForm />
    </section>
  );
}
