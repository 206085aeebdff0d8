import 'server-only';
import type { Credits } from '@/lib/domain/article-metadata.ts';
import type { PairSpacing } from '@/lib/domain/reader/publication-layout.ts';
import type { ReaderUnalignedBlock } from '@/lib/domain/reader/reading-rows.ts';
import { estimateReadingTime, type ReadingTime } from '@/lib/domain/reader/reading-time.ts';
import { parseAssetBase, resolveMediaUrl } from '@/lib/domain/markdown/resolve-asset-urls.ts';
import { markdownToPlainText } from '@/lib/domain/search/plain-text.ts';
import { env } from '@/lib/env.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { db } from '../core/db.ts';
import { CorruptRecordError } from '../core/stored-json.ts';
import { readSnapshot } from './snapshot.ts';

/** A pair as readers get it: its position (1-based, used for `#p-N` links), never a database id. */
export type PublicPair = { position: number; kind: string; source: string; target: string | null; spacing?: PairSpacing };

/** The latest publication of a published article, with nothing a reader must not see. */
export type PublishedArticle = {
  slug: string;
  title: string;
  titleZh: string;
  sourceUrl: string | null;
  author: string | null;
  credits: Credits;
  tags: string[];
  /** The front matter's `thumbnail` as written, or null. */
  thumbnail: string | null;
  publishedAt: Date;
  pairs: PublicPair[];
  unaligned: ReaderUnalignedBlock[];
};

export type PublishedArticleSummary = Omit<PublishedArticle, 'pairs' | 'unaligned' | 'sourceUrl' | 'author' | 'thumbnail'> & {
  readingTime: ReadingTime;
  /** The thumbnail's web address, resolved as the article's images are (see resolveMediaUrl), or null. */
  thumbnailUrl: string | null;
  /** The first translated paragraph, for the feed and link previews. */
  excerpt: { en: string; zh: string } | null;
};

function toPublishedArticle(slug: string, publication: { snapshot: string; publishedAt: Date }): PublishedArticle {
  const snapshot = readSnapshot(publication.snapshot);
  const positions = new Map(snapshot.pairs.map((pair, index) => [pair.key, index + 1]));
  return {
    slug,
    title: snapshot.title,
    titleZh: snapshot.titleZh,
    sourceUrl: snapshot.sourceUrl,
    author: snapshot.author,
    credits: { translators: [...snapshot.credits.translators], reviewers: [...snapshot.credits.reviewers] },
    tags: snapshot.tags ?? [],
    thumbnail: snapshot.thumbnail ?? null,
    publishedAt: publication.publishedAt,
    pairs: snapshot.pairs.map((pair, index) => ({
      position: index + 1,
      kind: pair.kind,
      source: pair.source,
      target: pair.target,
      ...(pair.spacing && { spacing: pair.spacing }),
    })),
    unaligned: (snapshot.unaligned ?? []).map((block) => ({ afterPosition: positions.get(block.afterKey ?? '') ?? null, text: block.text, spacing: block.spacing })),
  };
}

export function summarize({ pairs, unaligned: _unaligned, sourceUrl, author: _author, thumbnail, ...article }: PublishedArticle): PublishedArticleSummary {
  const prose = pairs.filter((pair) => pair.target !== null);
  const first = prose.find((pair) => pair.kind === 'paragraph') ?? null;
  return {
    ...article,
    thumbnailUrl: thumbnail ? resolveMediaUrl(thumbnail, parseAssetBase(env.DUET_ASSET_BASE_URL ?? sourceUrl)) : null,
    readingTime: estimateReadingTime(prose.map((pair) => ({ en: pair.source, zh: pair.target }))),
    excerpt: first ? { en: markdownToPlainText(first.source), zh: markdownToPlainText(first.target ?? '') } : null,
  };
}

/**
 * Public: the latest publication of every published article, newest first. A damaged snapshot is
 * logged and left out, so one bad row does not take every listing down with it.
 */
export async function listPublishedArticleSnapshots(): Promise<PublishedArticle[]> {
  const articles = await db.article.findMany({
    where: { status: 'published' },
    select: { slug: true, publications: { orderBy: { number: 'desc' }, take: 1, select: { snapshot: true, publishedAt: true } } },
  });
  return articles
    .flatMap(({ slug, publications: [latest] }) => (latest ? readableOrLogged(slug, latest) : []))
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

function readableOrLogged(slug: string, publication: { snapshot: string; publishedAt: Date }): PublishedArticle[] {
  try {
    return [toPublishedArticle(slug, publication)];
  } catch (error) {
    if (!(error instanceof CorruptRecordError)) throw error;
    console.error(`Left out of public listings: ${slug}:`, error.message);
    return [];
  }
}

/** Public: a summary of every published article, newest first. */
export async function listPublishedArticles(): Promise<PublishedArticleSummary[]> {
  return (await listPublishedArticleSnapshots()).map(summarize);
}

/** Public: the number of the publication each published article shows, by slug. */
export async function publishedVersions(): Promise<Map<string, number>> {
  const articles = await db.article.findMany({
    where: { status: 'published' },
    orderBy: { slug: 'asc' },
    select: { slug: true, publications: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } },
  });
  return new Map(articles.map(({ slug, publications: [latest] }) => [slug, latest?.number ?? 0]));
}

/**
 * Public: which publication each published article shows, as one string; it changes exactly when
 * what readers can see changes (a publish, an unpublish), so caches of public data key on it.
 */
export async function publicContentVersion(): Promise<string> {
  return [...(await publishedVersions())].map(([slug, number]) => `${slug}:${number}`).join('\n');
}

/** Public: the number of the publication an article shows readers, or null when it is not published. */
export async function publishedNumberOf(slug: string): Promise<number | null> {
  const publication = await db.publication.findFirst({ where: { article: { slug, status: 'published' } }, orderBy: { number: 'desc' }, select: { number: true } });
  return publication?.number ?? null;
}

/** Public: the latest publication of one published article with its number, or null when readers may not see it. */
export async function findPublishedArticle(slug: string): Promise<{ article: PublishedArticle; number: number } | null> {
  const publication = await db.publication.findFirst({
    where: { article: { slug, status: 'published' } },
    orderBy: { number: 'desc' },
    select: { snapshot: true, publishedAt: true, number: true },
  });
  return publication ? { article: toPublishedArticle(slug, publication), number: publication.number } : null;
}

/** Public: the latest publication of one published article. Unpublished or unknown: not found. */
export async function getPublishedArticleOrThrow(slug: string): Promise<PublishedArticle> {
  const found = await findPublishedArticle(slug);
  if (!found) throw new NotFoundError('No such article');
  return found.article;
}
