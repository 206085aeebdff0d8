import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { NotFoundError, UnauthenticatedError } from '@/lib/errors.ts';

/**
 * Runs a page's data loading: "not found" (including "not allowed") renders the 404 page, and
 * "not signed in" sends the visitor to sign in and back.
 */
export async function loadPage<T>(load: () => Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthenticatedError) {
      redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : '/signin');
    }
    throw error;
  }
}
