import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { createUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import type { Role } from '../domain/permissions.ts';

/*
 * Demo content for a first look. The passwords are for a local trial only (README says so); real
 * deployments create their own users with `duet user create`. Seeding twice changes nothing.
 */
export const demoUsers: Array<{ email: string; name: string; role: Role; password: string }> = [
  { email: 'admin@duet.local', name: 'Ada Admin', role: 'admin', password: 'duet-admin-demo' },
  { email: 'reviewer@duet.local', name: 'Wang Fang', role: 'reviewer', password: 'duet-reviewer-demo' },
  { email: 'translator@duet.local', name: 'Lin Yue', role: 'translator', password: 'duet-translator-demo' },
];

const demoArticle = { slug: 'translating-in-the-open', file: 'welcome-to-duet' };

export async function seed(): Promise<void> {
  for (const user of demoUsers) {
    const exists = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (!exists) await createUser(systemViewer, user);
  }
  const article = await db.article.findUnique({ where: { slug: demoArticle.slug }, select: { id: true } });
  if (!article) {
    const dir = path.join(process.cwd(), 'prisma', 'seed');
    const [markdown, translation] = await Promise.all([
      readFile(path.join(dir, `${demoArticle.file}.en.md`), 'utf8'),
      readFile(path.join(dir, `${demoArticle.file}.zh.md`), 'utf8'),
    ]);
    await importArticle(systemViewer, { markdown, translation, slug: demoArticle.slug }, { approveImported: true });
    const translator = await db.user.findUniqueOrThrow({ where: { email: 'translator@duet.local' }, select: { id: true } });
    await assignUser(systemViewer, demoArticle.slug, translator.id);
    await publishArticle(systemViewer, demoArticle.slug);
  }
  console.log(`Demo users: ${demoUsers.map((user) => user.email).join(', ')}; demo article: /articles/${demoArticle.slug}`);
}
