import { describe, expect, it } from 'vitest';
import { seed } from '@/lib/cli/seed.ts';
import { db } from '@/lib/dal/core/db.ts';
import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { authenticateWithPassword } from '@/lib/dal/accounts/sessions.ts';

const counts = async () => ({
  users: await db.user.count(),
  articles: await db.article.count(),
  segments: await db.segment.count(),
  revisions: await db.revision.count(),
  publications: await db.publication.count(),
});

describe('demo content', () => {
  it('is created once, with users who can sign in and a published article, and never duplicated', async () => {
    await seed();
    const first = await counts();
    expect(first).toMatchObject({ users: 3, articles: 1, publications: 1 });
    await seed();
    expect(await counts()).toEqual(first);

    const claims = await authenticateWithPassword({ email: 'translator@duet.local', password: 'duet-translator-demo', ip: 'seed-test' });
    expect(claims).not.toBeNull();
    const [article] = await listPublishedArticles();
    expect(article).toMatchObject({ slug: 'translating-in-the-open', credits: { translators: ['Lin Yue'], reviewers: ['Wang Fang'] } });
  });

  it('keeps the source file byte for byte in its segments', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile('prisma/seed/welcome-to-duet.en.md', 'utf8');
    const segments = await db.segment.findMany({
      where: { article: { slug: 'translating-in-the-open' } },
      orderBy: { position: 'asc' },
      select: { source: true },
    });
    expect(segments.map((segment) => segment.source).join('')).toBe(source);
  });
});
