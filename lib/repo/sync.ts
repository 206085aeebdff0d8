import 'server-only';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import { findRepositoryArticles, getRepositoryRemoteOrThrow, recordRepositorySync, type RepositoryRemote } from '@/lib/dal/repositories/repositories.ts';
import { syncReportOf, type SyncedFile, type SyncRecord, type SyncReport } from '@/lib/dal/repositories/sync-record.ts';
import { decodeMarkdownFile } from '@/lib/domain/markdown-file.ts';
import { repositorySlugFor, sourcePathsAmong, translationPathFor } from '@/lib/domain/repo/repository-paths.ts';
import { AppError, ValidationError } from '@/lib/errors.ts';
import { WorkingCopy } from './git.ts';
import { withRepositoryLock } from './repository-lock.ts';

/**
 * Pulls the repository's branch and brings each source into Duet: a new file is imported (with its
 * translation at the template's path, aligned as an import is), a changed one re-anchors its article
 * on the new English (flagging outdated translations), an unchanged one is left alone. Each file
 * is its own transaction; one that fails is reported and changes nothing. The outcome is kept for
 * the admin page, also when the whole sync fails (an unreachable remote, a glob matching nothing).
 *
 * The caller must manage repositories (admins); the imports themselves are the repository's, made
 * as "system" like the command line's, so a large first sync is not held to one person's import
 * allowance. Who ran the sync is audited.
 */
export async function syncRepository(viewer: Viewer, name: string): Promise<SyncReport> {
  const repository = await getRepositoryRemoteOrThrow(viewer, name);
  return withRepositoryLock(repository.name, async () => {
    let record: SyncRecord = { commit: null, files: [], error: null };
    try {
      const copy = await WorkingCopy.open(repository.name, repository.url);
      record.commit = await copy.fetchExistingBranch(repository.branch);
      await copy.checkOut(record.commit);
      const sources = sourcePathsAmong(await copy.listFiles(repository.sourcesGlob), repository.translationTemplate);
      if (sources.length === 0) throw new ValidationError(`No file on branch "${repository.branch}" matches "${repository.sourcesGlob}"`);
      const known = await findRepositoryArticles(viewer, repository.id);
      for (const path of sources) record.files.push(await syncFile(copy, repository, path, known.get(path)));
    } catch (error) {
      record = { ...record, error: error instanceof AppError ? error.message : 'The sync failed unexpectedly (see the server log)' };
      await recordRepositorySync(viewer, repository.id, record);
      throw error;
    }
    await recordRepositorySync(viewer, repository.id, record);
    return syncReportOf(record);
  });
}

async function syncFile(copy: WorkingCopy, repository: RepositoryRemote, path: string, known: { slug: string; markdown: string } | undefined): Promise<SyncedFile> {
  const slug = known?.slug ?? repositorySlugFor(path);
  try {
    const markdown = decodeMarkdownFile((await copy.readFile(path))!, path);
    if (known?.markdown === markdown) return { path, slug, outcome: 'unchanged' };
    if (known) {
      const summary = await updateArticleSource(systemViewer, known.slug, markdown);
      return { path, slug, outcome: 'updated', changed: summary.changed };
    }
    const translation = await readTranslation(copy, translationPathFor(repository.translationTemplate, path));
    await importArticle(systemViewer, { markdown, slug, ...(translation !== null && { translation }) }, { repository: { id: repository.id, path } });
    return { path, slug, outcome: 'imported' };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`Repository ${repository.name}: syncing ${path} failed:`, error);
    const message = error instanceof AppError ? error.message : 'Unexpected error (see the server log)';
    return { path, slug, outcome: 'failed', error: copy.scrub(message) };
  }
}

async function readTranslation(copy: WorkingCopy, path: string | null): Promise<string | null> {
  const bytes = path === null ? null : await copy.readFile(path);
  return bytes === null ? null : decodeMarkdownFile(bytes, path!);
}
