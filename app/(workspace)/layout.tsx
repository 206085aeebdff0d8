import { requireViewer } from '@/lib/auth/viewer.ts';
import { loadPage } from '@/lib/server/load-page.ts';

/** Convenience only: every page and action below checks access again in the data-access layer. */
export default async function WorkspaceLayout({ children }: LayoutProps<'/'>) {
  await loadPage(requireViewer, '/workspace');
  return children;
}
