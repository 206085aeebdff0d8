import 'server-only';
import { can, type Role } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { createUser, getUserIdByEmailOrThrow } from '../accounts/users.ts';
import { db } from '../core/db.ts';
import { publishArticle } from '../publishing/publish.ts';
import { importArticle } from './articles.ts';
import { assignUser } from './assignments.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type DemoContent = {
  users: Array<{ email: string; name: string; role: Role; password: string }>;
  article: {
    slug: string;
    translatorEmail: string;
    /** Called only when the article is missing, so a seeded database needs no seed files. */
    readFiles: () => Promise<{ markdown: string; translation: string }>;
  };
};

/**
 * Creates whatever is missing of the demo content, so seeding twice changes nothing: each user whose
 * e-mail is free, and, when its slug is free, the article, imported as approved, assigned to the
 * translator and published.
 */
export async function createMissingDemoContent(viewer: Viewer, content: DemoContent): Promise<void> {
  if (!can(viewer, 'users:manage') || !can(viewer, 'articles:import')) throw new NotFoundError();
  for (const user of content.users) {
    const exists = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (!exists) await createUser(viewer, user);
  }
  const { slug, translatorEmail, readFiles } = content.article;
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (article) return;
  const { markdown, translation } = await readFiles();
  await importArticle(viewer, { markdown, translation, slug }, { approveImported: true });
  await assignUser(viewer, slug, await getUserIdByEmailOrThrow(viewer, translatorEmail));
  await publishArticle(viewer, slug);
}
