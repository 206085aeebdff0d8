import 'server-only';
import { syncSite, withdrawArticle } from '@/lib/site/sync.ts';

/**
 * After a publish or unpublish has committed: the reading site's files follow before the request
 * answers (an unpublished article's page is gone first, see withdrawArticle). Should writing them
 * fail, the change stands and the reconciler's next poll (lib/site/follow.ts) tries again.
 */
export async function updatePublicSite(change: { slug: string; published: boolean }): Promise<void> {
  try {
    if (change.published) await syncSite();
    else await withdrawArticle(change.slug);
  } catch (error) {
    console.error(`Reading site: cannot write the files after ${change.published ? 'publishing' : 'unpublishing'} ${change.slug}; retrying every second:`, error);
  }
}
