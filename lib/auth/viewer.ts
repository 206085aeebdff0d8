import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { auth } from '@/lib/auth/config.ts';
import { can, type Permission } from '@/lib/domain/permissions.ts';
import { NotFoundError, UnauthenticatedError } from '@/lib/errors.ts';
import { findViewerBySession } from '@/lib/dal/accounts/sessions.ts';
import { findViewerByApiToken } from '@/lib/dal/accounts/tokens.ts';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';

/**
 * The signed-in user for this request, re-read from the database (once per request), or null.
 * A bearer token takes precedence over the session cookie, for scripts.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const authorization = (await headers()).get('authorization');
  if (authorization?.toLowerCase().startsWith('bearer ')) {
    return findViewerByApiToken(authorization.slice('bearer '.length).trim());
  }
  const session = (await auth()) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  return findViewerBySession({ userId: session.userId, sessionVersion: session.sessionVersion ?? -1 });
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Lacking the permission looks like a missing page, so nothing is revealed about what exists. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, permission)) throw new NotFoundError();
  return viewer;
}
