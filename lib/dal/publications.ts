import 'server-only';
import { readArticleMetadata, type Credits } from '@/lib/domain/article-metadata.ts';
import { chineseTitleOf } from '@/lib/domain/chinese-title.ts';
import { parseStoredPlacement } from '@/lib/domain/markdown/block-layout.ts';
import { segmentContent, type SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { diffWords, type WordChange } from '@/lib/domain/markdown/word-diff.ts';
import { can } from '@/lib/domain/permissions.ts';
import { layOutPublication, type PairSpacing } from '@/lib/domain/reader/publication-layout.ts';
import type { ReaderUnalignedBlock } from '@/lib/domain/reader/reading-rows.ts';
import { estimateReadingTime, type ReadingTime } from '@/lib/domain/reader/reading-time.ts';
import { markdownToPlainText } from '@/lib/domain/search/plain-text.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { publicationNumberSchema } from '@/lib/validation/reviews.ts';
import { recordAudit } from './audit.ts';
import { blockingFindingsForArticle } from './quality.ts';
import { creditsFor, currentSegmentsWithAuthorsSelect } from './article-access.ts';
import { db } from './db.ts';
import type { Viewer } from './viewer-types.ts';

export type PublicationPair = {
  key: string;
  segmentId?: string;
  kind: string;
  source: string;
  target: string | null;
  /** Where the texts stood in the two files (older snapshots lack it): see layOutPublication. */
  spacing?: PairSpacing;
};

/** An imported Chinese block that matched no English segment, after the pair it followed (`afterKey`). */
export type PublicationUnalignedBlock = { afterKey: string | null; text: string; spacing: string };

/** What readers see: frozen at publish time, never changed afterwards. */
export type PublicationSnapshot = {
  title: string;
  titleZh: string;
  sourceUrl: string | null;
  author: string | null;
  credits: Credits;
  /** ISO time of publishing (older snapshots lack it; the publication row has it too). */
  publishedAt?: string;
  /** The English front matter's `tags` (older snapshots lack them). */
  tags?: string[];
  pairs: PublicationPair[];
  /** Older snapshots lack them. */
  unaligned?: PublicationUnalignedBlock[];
};

/** The front matter's tags as readers see them: trimmed, each once, at most twelve. */
function publicTags(markdown: string): string[] {
  const tags = readArticleMetadata(markdown).tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0 && tag.length <= 40);
  return [...new Set(tags)].slice(0, 12);
}

/**
 * Publishes when every translatable segment is approved and no blocking check fails, writing an
 * immutable snapshot. Text and status are read together in this one transaction and only approved
 * text is written: an edit that lands after an approval makes its segment a draft, so publishing
 * is refused rather than carrying text nobody approved.
 */
export async function publishArticle(viewer: Viewer, slug: string): Promise<{ number: number; publishedAt: Date }> {
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
        sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { markdown: true } },
        segments: currentSegmentsWithAuthorsSelect,
        unaligned: { where: { resolvedAt: null }, orderBy: { createdAt: 'asc' }, select: { text: true, reason: true, layout: true, afterSegmentId: true } },
      },
    });
    if (!article) throw new NotFoundError('No such article');
    const pending = article.segments.filter((s) => s.translatable && s.translation?.status !== 'approved').length;
    if (pending) {
      throw new InvalidTransitionError(`${pending} segment${pending === 1 ? ' is' : 's are'} not approved yet; every translatable segment must be approved before publishing`);
    }
    const blocking = (await blockingFindingsForArticle(tx, article.id)).length;
    if (blocking > 0) {
      throw new InvalidTransitionError(
        `${blocking} blocking quality finding${blocking === 1 ? '' : 's'} must be fixed or waived by a reviewer before publishing`,
      );
    }
    const publishedAt = new Date();
    // The approved translation of the title segment is the Chinese title; the import's is a fallback.
    const titleZh = chineseTitleOf(article.segments, { approvedOnly: true });
    const snapshot: PublicationSnapshot = {
      title: article.title,
      titleZh: titleZh ?? article.titleZh ?? article.title,
      sourceUrl: article.sourceUrl,
      author: article.author,
      credits: creditsFor(article.importedCredits, article.segments),
      publishedAt: publishedAt.toISOString(),
      tags: publicTags(article.sourceVersions[0]?.markdown ?? ''),
      ...publicationTexts(article.segments, article.unaligned),
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
        publishedAt,
      },
      select: { id: true },
    });
    // Workspace lists show Article.titleZh: it follows the title readers now see.
    await tx.article.update({
      where: { id: article.id },
      data: { status: 'published', ...(titleZh !== null && { titleZh }) },
      select: { id: true },
    });
    await recordAudit(tx, viewer, { action: 'article.publish', targetType: 'article', targetId: article.id, detail: { slug, number } });
    return { number, publishedAt };
  });
}

type PublishedSegment = {
  id: string;
  kind: SegmentKind;
  source: string;
  translatable: boolean;
  translation: { text: string; status: string; layout: string | null } | null;
};

/**
 * The pairs readers see (front matter aside) and the unaligned Chinese blocks, with where each text
 * stood in the English file and stands in the Chinese one as exported (front matter keys the Chinese
 * file added are not shown).
 */
function publicationTexts(
  segments: readonly PublishedSegment[],
  unaligned: ReadonlyArray<{ text: string; reason: string; layout: string | null; afterSegmentId: string | null }>,
): Pick<PublicationSnapshot, 'pairs' | 'unaligned'> {
  const shown = unaligned.filter((block) => block.reason !== 'added-front-matter-key');
  const segmentIndex = new Map(segments.map((segment, index) => [segment.id, index]));
  const anchorOf = (block: { afterSegmentId: string | null }) => (block.afterSegmentId === null ? undefined : segmentIndex.get(block.afterSegmentId));
  const layout = layOutPublication(
    segments.map((segment) => ({
      source: segment.source,
      kind: segment.kind,
      translatable: segment.translatable,
      translation: segment.translation && segment.translation.status !== 'untranslated' ? segment.translation.text : null,
      ...parseStoredPlacement(segment.translation?.layout),
    })),
    shown.map((block) => ({
      afterSegmentIndex: anchorOf(block) ?? null,
      text: block.text,
      layout: parseStoredPlacement(block.layout).layout,
    })),
  );
  const keys = new Map<number, string>();
  const pairs = segments.flatMap((segment, index): PublicationPair[] => {
    if (segment.kind === 'frontmatter') return [];
    const key = `p${keys.size + 1}`;
    keys.set(index, key);
    const approved = segment.translation?.status === 'approved' ? segment.translation.text : '';
    const target = segment.translatable ? segmentContent(approved) : null;
    return [{ key, segmentId: segment.id, kind: segment.kind, source: segmentContent(segment.source), target, spacing: layout.segments[index]! }];
  });
  return {
    pairs,
    unaligned: shown.map((block, index) => {
      const anchor = anchorOf(block);
      return { afterKey: (anchor === undefined ? null : keys.get(anchor)) ?? null, text: segmentContent(block.text), spacing: layout.insertions[index]! };
    }),
  };
}

/** Hides a published article from readers; its publications are kept, and publishing again shows it. */
export async function unpublishArticle(viewer: Viewer, slug: string): Promise<void> {
  if (!can(viewer, 'articles:publish')) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug }, select: { id: true, status: true } });
    if (!article) throw new NotFoundError('No such article');
    const updated = await tx.article.updateMany({ where: { id: article.id, status: 'published' }, data: { status: 'unpublished' } });
    if (updated.count !== 1) throw new InvalidTransitionError('Only a published article can be unpublished');
    await recordAudit(tx, viewer, { action: 'article.unpublish', targetType: 'article', targetId: article.id, detail: { slug } });
  });
}

export type PublicationSummary = { number: number; title: string; titleZh: string; publishedAt: Date; publishedBy: { name: string } | null };

async function getStaffArticleOrThrow(viewer: Viewer, slug: string) {
  if (!can(viewer, 'articles:read-all')) throw new NotFoundError();
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, title: true, status: true } });
  if (!article) throw new NotFoundError('No such article');
  return article;
}

const summarySelect = { number: true, title: true, titleZh: true, publishedAt: true, publishedBy: { select: { name: true } } } as const;

/** Staff: every publication of an article, newest first, whether or not it is published now. */
export async function listPublications(
  viewer: Viewer,
  slug: string,
): Promise<{ title: string; status: 'draft' | 'published' | 'unpublished'; publications: PublicationSummary[] }> {
  const article = await getStaffArticleOrThrow(viewer, slug);
  const publications = await db.publication.findMany({ where: { articleId: article.id }, orderBy: { number: 'desc' }, select: summarySelect });
  return { title: article.title, status: article.status, publications };
}

/** Staff: one publication exactly as it was published. */
export async function getPublication(viewer: Viewer, slug: string, number: number): Promise<PublicationSummary & { snapshot: PublicationSnapshot }> {
  const article = await getStaffArticleOrThrow(viewer, slug);
  const wanted = parseOrThrow(publicationNumberSchema, number);
  const publication = await db.publication.findUnique({
    where: { articleId_number: { articleId: article.id, number: wanted } },
    select: { ...summarySelect, snapshot: true },
  });
  if (!publication) throw new NotFoundError('No such publication');
  return { ...publication, snapshot: JSON.parse(publication.snapshot) as PublicationSnapshot };
}

export type PairDiff = {
  key: string;
  kind: string;
  change: 'same' | 'changed' | 'added' | 'removed';
  source: WordChange[];
  target: WordChange[];
};

/** The word changes from publication `a` to publication `b`, pair by pair, in `b`'s order. */
export async function diffPublications(viewer: Viewer, slug: string, a: number, b: number) {
  const [from, to] = [await getPublication(viewer, slug, a), await getPublication(viewer, slug, b)];
  return {
    from: withoutSnapshot(from),
    to: withoutSnapshot(to),
    titleZh: diffWords(from.snapshot.titleZh, to.snapshot.titleZh),
    pairs: diffPairs(from.snapshot.pairs, to.snapshot.pairs),
  };
}

function withoutSnapshot({ snapshot: _snapshot, ...summary }: PublicationSummary & { snapshot: PublicationSnapshot }): PublicationSummary {
  return summary;
}

/** Pairs are matched by segment (by position for snapshots written before segments were recorded). */
function diffPairs(before: readonly PublicationPair[], after: readonly PublicationPair[]): PairDiff[] {
  const identity = (pair: PublicationPair) => pair.segmentId ?? pair.key;
  const afterIds = new Set(after.map(identity));
  const beforeIndex = new Map(before.map((pair, index) => [identity(pair), index]));
  const result: PairDiff[] = [];
  let cursor = 0;
  // Pairs the newer publication dropped are shown where they used to be.
  const flushRemoved = (end: number) => {
    for (; cursor < end; cursor += 1) {
      const pair = before[cursor]!;
      if (afterIds.has(identity(pair))) continue;
      result.push({ key: pair.key, kind: pair.kind, change: 'removed', source: diffWords(pair.source, ''), target: diffWords(pair.target ?? '', '') });
    }
  };
  for (const pair of after) {
    const index = beforeIndex.get(identity(pair));
    const old = index === undefined ? undefined : before[index]!;
    if (index !== undefined) {
      flushRemoved(index);
      cursor = Math.max(cursor, index + 1);
    }
    const same = old !== undefined && old.source === pair.source && old.target === pair.target;
    result.push({
      key: pair.key,
      kind: pair.kind,
      change: old === undefined ? 'added' : same ? 'same' : 'changed',
      source: diffWords(old?.source ?? '', pair.source),
      target: diffWords(old?.target ?? '', pair.target ?? ''),
    });
  }
  flushRemoved(before.length);
  return result;
}

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
  publishedAt: Date;
  pairs: PublicPair[];
  unaligned: ReaderUnalignedBlock[];
};

export type PublishedArticleSummary = Omit<PublishedArticle, 'pairs' | 'unaligned' | 'sourceUrl' | 'author'> & {
  readingTime: ReadingTime;
  /** The first translated paragraph, for the feed and link previews. */
  excerpt: { en: string; zh: string } | null;
};

function toPublishedArticle(slug: string, publication: { snapshot: string; publishedAt: Date }): PublishedArticle {
  const snapshot = JSON.parse(publication.snapshot) as PublicationSnapshot;
  const positions = new Map(snapshot.pairs.map((pair, index) => [pair.key, index + 1]));
  return {
    slug,
    title: snapshot.title,
    titleZh: snapshot.titleZh,
    sourceUrl: snapshot.sourceUrl,
    author: snapshot.author,
    credits: { translators: [...snapshot.credits.translators], reviewers: [...snapshot.credits.reviewers] },
    tags: snapshot.tags ?? [],
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

export function summarize({ pairs, unaligned: _unaligned, sourceUrl: _sourceUrl, author: _author, ...article }: PublishedArticle): PublishedArticleSummary {
  const prose = pairs.filter((pair) => pair.target !== null);
  const first = prose.find((pair) => pair.kind === 'paragraph') ?? null;
  return {
    ...article,
    readingTime: estimateReadingTime(prose.map((pair) => ({ en: pair.source, zh: pair.target }))),
    excerpt: first ? { en: markdownToPlainText(first.source), zh: markdownToPlainText(first.target ?? '') } : null,
  };
}

/** Public: the latest publication of every published article, newest first. */
export async function listPublishedArticleSnapshots(): Promise<PublishedArticle[]> {
  const articles = await db.article.findMany({
    where: { status: 'published' },
    select: { slug: true, publications: { orderBy: { number: 'desc' }, take: 1, select: { snapshot: true, publishedAt: true } } },
  });
  return articles
    .flatMap(({ slug, publications: [latest] }) => (latest ? [toPublishedArticle(slug, latest)] : []))
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

/** Public: a summary of every published article, newest first. */
export async function listPublishedArticles(): Promise<PublishedArticleSummary[]> {
  return (await listPublishedArticleSnapshots()).map(summarize);
}

/**
 * Public: which publication each published article shows, as one string; it changes exactly when
 * what readers can see changes (a publish, an unpublish), so caches of public data key on it.
 */
export async function publicContentVersion(): Promise<string> {
  const articles = await db.article.findMany({
    where: { status: 'published' },
    orderBy: { slug: 'asc' },
    select: { slug: true, publications: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } },
  });
  return articles.map(({ slug, publications: [latest] }) => `${slug}:${latest?.number ?? 0}`).join('\n');
}

/** Public: the latest publication of one published article. Unpublished or unknown: not found. */
export async function getPublishedArticleOrThrow(slug: string): Promise<PublishedArticle> {
  const publication = await db.publication.findFirst({
    where: { article: { slug, status: 'published' } },
    orderBy: { number: 'desc' },
    select: { snapshot: true, publishedAt: true },
  });
  if (!publication) throw new NotFoundError('No such article');
  return toPublishedArticle(slug, publication);
}
