import { vi } from 'vitest';
import type { SessionClaims } from '@/lib/dal/accounts/sessions.ts';

/*
 * The request context the security suites run route handlers and Server Actions in: the caller is
 * whoever `session.claims` names, resolved by the real session lookup (so a disabled account's or a
 * signed-out session's claims resolve to nobody), and Next's request-scoped APIs are inert. Import
 * this module before anything that imports the data-access layer.
 */

export const session: { claims: SessionClaims | null } = { claims: null };

vi.mock('@/lib/auth/viewer.ts', async () => {
  const { findViewerBySession } = await import('@/lib/dal/accounts/sessions.ts');
  const getViewer = async () => (session.claims ? findViewerBySession(session.claims) : null);
  return { getViewer, requireViewer: getViewer, requirePermission: getViewer };
});
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn(), has: () => false, getAll: () => [] }),
}));
