import { archiveArticle, deleteArticle, unarchiveArticle } from '@/lib/dal/articles/archive.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { withdrawArticle } from '@/lib/site/sync.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

/** `archive SLUG` / `archive SLUG --undo`: prints `{ slug, archived }`. */
export async function runArchive(positionals: string[], flags: Flags): Promise<void> {
  const [slug] = positionals;
  if (!slug) throw new UsageError('Usage: archive SLUG [--undo]');
  if (flags.undo) await unarchiveArticle(systemViewer, slug);
  else await archiveArticle(systemViewer, slug);
  console.log(JSON.stringify({ slug, archived: !flags.undo }));
}

/** `delete SLUG --confirm SLUG`: deletes the article and its reader pages; prints `{ slug, deleted }`. */
export async function runDelete(positionals: string[], flags: Flags): Promise<void> {
  const [slug] = positionals;
  if (!slug || flags.confirm === undefined) throw new UsageError('Usage: delete SLUG --confirm SLUG (the slug typed twice)');
  await deleteArticle(systemViewer, slug, { confirm: flags.confirm });
  await withdrawArticle(slug);
  console.log(JSON.stringify({ slug, deleted: true }));
}
