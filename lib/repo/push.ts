import 'server-only';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import { getRepositoryRemoteOrThrow, listRepositoryPublications, recordRepositoryPush } from '@/lib/dal/repositories/repositories.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { pushCommitMessage, type PushedTranslation } from '@/lib/domain/repo/commit-message.ts';
import { translationPathFor } from '@/lib/domain/repo/repository-paths.ts';
import { ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { pushRepositorySchema } from '@/lib/validation/repositories.ts';
import { WorkingCopy } from './git.ts';
import { withRepositoryLock } from './repository-lock.ts';

/** What a push did: the commit the branch now points at, the files it changed, and the articles left out. */
export type PushReport = { commit: string; files: string[]; skipped: Array<{ slug: string; reason: string }> };

/**
 * Writes each published article of the repository to its translation path, as `duet export SLUG
 * --format zh` writes it, commits the files that changed on `branch` (started from the synced branch
 * when it does not exist yet) with a message naming the articles and their translators, and pushes.
 * Never by force: if the branch moved meanwhile the push is refused and nothing is lost (Duet's
 * database is unchanged; pushing again builds on the new tip). An article edited since its latest
 * publication is left out, so no unpublished text reaches the repository.
 */
export async function pushRepository(viewer: Viewer, input: { name: string; branch?: string | undefined }): Promise<PushReport> {
  const { name, branch } = parseOrThrow(pushRepositorySchema, input);
  const repository = await getRepositoryRemoteOrThrow(viewer, name);
  const publications = await listRepositoryPublications(viewer, repository.id);
  const skipped = publications
    .filter((publication) => publication.changedSincePublication)
    .map(({ slug }) => ({ slug, reason: 'edited since its latest publication: publish it again to push it' }));
  const ready = publications.filter((publication) => !publication.changedSincePublication);
  if (ready.length === 0) {
    throw new ValidationError(
      publications.length === 0
        ? `No article from "${name}" is published yet: publish one, then push`
        : `Every published article from "${name}" was edited since its latest publication: publish again, then push`,
    );
  }
  return withRepositoryLock(repository.name, async () => {
    const identity = viewer.kind === 'user' ? { name: viewer.name, email: viewer.email } : undefined;
    const copy = await WorkingCopy.open(repository.name, repository.url, identity);
    const existing = await copy.fetchBranch(branch);
    const base = existing ?? (await copy.fetchExistingBranch(repository.branch));
    await copy.checkOut(base, 'duet-push');
    const written: PushedTranslation[] = [];
    for (const { slug, path } of ready) {
      const target = translationPathFor(repository.translationTemplate, path);
      if (target === null) continue;
      const article = await getArticleExportOrThrow(systemViewer, slug);
      await copy.writeFile(target, exportArticle(article, 'zh', 'omit').body);
      written.push({ path: target, slug, title: article.title, ...article.credits });
    }
    const made = await copy.commit(
      written.map((file) => file.path),
      (changed) => pushCommitMessage(written.filter((file) => changed.includes(file.path))),
    );
    if (made === null) {
      // Nothing differs from the base (an untouched import is written back as it came): no empty
      // commit, but the branch asked for exists on the remote afterwards, holding those files.
      if (existing === null) await copy.push(branch);
      return { commit: base, files: [], skipped };
    }
    await copy.push(branch);
    await recordRepositoryPush(viewer, repository.id, { branch, ...made, skipped: skipped.map(({ slug }) => slug) });
    return { ...made, skipped };
  });
}
