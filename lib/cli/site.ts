import { siteDirectory } from '@/lib/site/config.ts';
import { syncSite } from '@/lib/site/sync.ts';
import { UsageError } from './usage-error.ts';

/** `duet site rebuild` (every file again) and `duet site sync` (only what differs from the database). */
export async function runSiteCommand(subcommand: string | undefined): Promise<void> {
  if (subcommand !== 'rebuild' && subcommand !== 'sync') throw new UsageError('Usage: site rebuild | site sync');
  const report = await syncSite({ full: subcommand === 'rebuild' });
  const articles = report.built.length === 1 ? 'article' : 'articles';
  console.log(
    `${siteDirectory()}: built ${report.built.length} ${articles}, removed ${report.removed.length}, wrote ${report.listings} listing files in ${report.milliseconds} ms`,
  );
}
