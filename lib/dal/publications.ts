import 'server-only';
import type { Credits } from '@/lib/domain/article-metadata.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { recordAudit } from './audit.ts';
import { creditsFor, revisionAuthorsSelect } from './article-access.ts';
import { db } from './db.ts';
import type { Viewer } from './viewer-types.ts';

/** What readers see: frozen at publish time, never changed afterwards. */
export type PublicationSnapshot = {
  title: string;
  titleZh: string;
  sourceUrl: string | null;
  author: string | null;
  credits: Credits;
  pairs: Array<{ key: string; kind: string; source: string; target: string | null }>;
};

/** Publishes when every translatable segment is approved; writes an immutable snapshot. */
export async function publishArticle(viewer: Viewer, slug: string): Promise<{ number: number }> {
  if (!can(viewer, 'articles:publish')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { slug },
      select: {
        id: true,
        title: true,
        titleZh: true,
        sourceUrl: true,
        author: true,
        importedCredits: true,
        segments: {
          where: { archivedAt: null },
          orderBy: { position: 'asc' },
          select: {
            id: true,
            kind: true,
            source: true,
            translatable: true,
            translation: {
              select: { text: true, status: true, ...revisionAuthorsSelect },
            },
          },
        },
      },
    });
    if (!article) throw new NotFoundError('No such article');
    const pending = article.segments.filter((s) => s.translatable && s.translation?.status !== 'approved');
    if (pending.length) {
      throw new InvalidTransitionError(`${pending.length} segment(s) are not approved yet`);
    }
    const snapshot: PublicationSnapshot = {
      title: article.title,
      titleZh: article.titleZh ?? article.title,
      sourceUrl: article.sourceUrl,
      author: article.author,
      credits: creditsFor(article.importedCredits, article.segments),
      pairs: article.segments
        .filter((s) => s.kind !== 'frontmatter')
        .map((s, index) => ({
          key: `p${index + 1}`,
          kind: s.kind,
          source: segmentContent(s.source),
          target: s.translatable ? segmentContent(s.translation?.text ?? '') : null,
        })),
    };
    const latest = await tx.publication.findFirst({
      where: { articleId: article.id },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    const number = (latest?.number ?? 0) + 1;
    await tx.publication.create({
      data: {
        articleId: article.id,
        number,
        title: snapshot.title,
        titleZh: snapshot.titleZh,
        snapshot: JSON.stringify(snapshot),
        publishedById: viewer.id,
      },
      select: { id: true },
    });
    await tx.article.update({ where: { id: article.id }, data: { status: 'published' }, select: { id: true } });
    await recordAudit(tx, viewer, { action: 'article.publish', targetType: 'article', targetId: article.id, detail: { number } });
    return { number };
  });
}

export type PublishedArticleSummary = {
  slug: string;
  title: string;
  titleZh: string;
  publishedAt: Date;
  credits: Credits;
};

/** Public: the latest publication of every published article, newest first. */
export async function listPublishedArticles(): Promise<PublishedArticleSummary[]> {
  const articles = await db.article.findMany({
    where: { status: 'published' },
    select: {
      slug: true,
      publications: { orderBy: { number: 'desc' }, take: 1, select: { title: true, titleZh: true, snapshot: true, publishedAt: true } },
    },
  });
  return articles
    .flatMap(({ slug, publications: [latest] }) => {
      if (!latest) return [];
      const { credits } = JSON.parse(latest.snapshot) as PublicationSnapshot;
      return [{ slug, title: latest.title, titleZh: latest.titleZh, publishedAt: latest.publishedAt, credits }];
    })
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/** Public: the latest publication of one published article. Unpublished or unknown: not found. */
export async function getPublishedArticleOrThrow(slug: string) {
  const publication = await db.publication.findFirst({
    where: { article: { slug, status: 'published' } },
    orderBy: { number: 'desc' },
    select: { snapshot: true, publishedAt: true, number: true },
  });
  if (!publication) throw new NotFoundError('No such article');
  return { ...(JSON.parse(publication.snapshot) as PublicationSnapshot), publishedAt: publication.publishedAt };
}
