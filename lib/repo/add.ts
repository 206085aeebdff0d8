import 'server-only';
import { rm } from 'node:fs/promises';
import { sourcePathsAmong } from '@/lib/domain/repo/repository-paths.ts';
import { assertCanManageRepositories, createRepository, listRepositories, type RepositoryView } from '@/lib/dal/repositories/repositories.ts';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';
import { ConflictError, DuplicateError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { addRepositorySchema, type AddRepositoryInput } from '@/lib/validation/repositories.ts';
import { WorkingCopy } from './git.ts';
import { withRepositoryLock } from './repository-lock.ts';

/**
 * Adds a repository after checking that it can be read: the URL answers, the branch exists and the
 * glob matches at least one source. A refused one leaves nothing behind, neither a row nor a folder.
 */
export async function addRepository(viewer: Viewer, input: AddRepositoryInput): Promise<RepositoryView> {
  assertCanManageRepositories(viewer);
  const data = parseOrThrow(addRepositorySchema, input);
  if ((await listRepositories(viewer)).some((repository) => repository.name === data.name)) {
    throw new DuplicateError(`A repository named "${data.name}" exists already`, 'repository');
  }
  return withRepositoryLock(data.name, async () => {
    const copy = await WorkingCopy.open(data.name, data.url);
    try {
      await copy.checkOut(await copy.fetchExistingBranch(data.branch));
      if (sourcePathsAmong(await copy.listFiles(data.sources), data.translations).length === 0) {
        throw new ValidationError(`No file on branch "${data.branch}" matches "${data.sources}"`, { sources: ['Matches no file'] });
      }
      return await createRepository(viewer, data);
    } catch (error) {
      await rm(copy.folder, { recursive: true, force: true });
      throw error;
    }
  });
}
