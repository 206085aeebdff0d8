import type { ReactNode } from 'react';
import { getViewer } from '@/lib/auth/viewer.ts';
import { AdminNav } from './_components/admin-nav.tsx';

/** Admins get the admin pages' tabs; anyone else gets the page alone, which answers "not found" for them. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      {viewer?.role === 'admin' && <AdminNav />}
      {children}
    </>
  );
}
