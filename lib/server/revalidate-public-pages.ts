import 'server-only';
import { revalidatePath } from 'next/cache';
import { applyReaderGateChange } from './reader-gate.ts';
import { reloadReaderGate } from './reader-gate-refresh.ts';

/**
 * After a publish or unpublish: every cached reader page (home and its pages and tags, articles,
 * 404s of not-yet-published articles) is rendered again on its next request. Publishing is rare,
 * so dropping the whole reader cache is cheaper than tracking which listings show which article.
 * The feed, sitemap, search and public API are not cached by the server.
 * The reader gate takes the change at once, and is read again: a render that started before an
 * unpublish can still land in the cache after this, and the gate is what keeps it from readers
 * (lib/server/reader-gate.ts).
 */
export function revalidatePublicPages(change: { slug: string; published: boolean }): void {
  // At once: from here on the proxy refuses an unpublished article (and admits a published one).
  applyReaderGateChange(change.slug, change.published);
  reloadReaderGate().catch((error: unknown) => {
    // The gate lets articles through until a later load is in (within a second).
    console.error('Reader gate: cannot read the published articles after a publish or unpublish:', error);
  });
  revalidatePath('/', 'layout');
}
