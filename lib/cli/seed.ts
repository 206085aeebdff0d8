import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMissingDemoContent } from '@/lib/dal/articles/demo-content.ts';
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

async function readDemoArticleFiles(): Promise<{ markdown: string; translation: string }> {
  const dir = path.join(process.cwd(), 'prisma', 'seed');
  const [markdown, translation] = await Promise.all([
    readFile(path.join(dir, `${demoArticle.file}.en.md`), 'utf8'),
    readFile(path.join(dir, `${demoArticle.file}.zh.md`), 'utf8'),
  ]);
  return { markdown, translation };
}

export async function seed(): Promise<void> {
  await createMissingDemoContent(systemViewer, {
    users: demoUsers,
    article: { slug: demoArticle.slug, translatorEmail: 'translator@duet.local', readFiles: readDemoArticleFiles },
  });
  console.log(`Demo users: ${demoUsers.map((user) => user.email).join(', ')}; demo article: /articles/${demoArticle.slug}`);
}
