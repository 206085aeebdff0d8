import 'server-only';
import { readArticleMetadata, type ArticleMetadata } from '@/lib/domain/article-metadata.ts';
import { chineseTitleOf } from '@/lib/domain/chinese-title.ts';
import { parseStoredPlacement } from '@/lib/domain/markdown/block-layout.ts';
import { segmentContent, type SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { layOutPublication } from '@/lib/domain/reader/publication-layout.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { creditsFor, currentSegmentsWithAuthorsSelect, findCurrentSegments } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { blockingFindingsForArticle } from '../translating/quality.ts';
import type { PublicationPair, PublicationSnapshot } from './snapshot.ts';

/** The front matter's tags as readers see them: trimmed, each once, at most twelve. */
function publicTags(metadata: ArticleMetadata): string[] {
  const tags = metadata.tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0 && tag.length <= 40);
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
    const found = await tx.article.findUnique({
      where: { slug },
      select: {
        id: true,
        archivedAt: true,
        title: true,
        titleZh: true,
        sourceUrl: true,
        author: true,
        importedCredits: true,
        sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { markdown: true } },
        unaligned: { where: { resolvedAt: null }, orderBy: { createdAt: 'asc' }, select: { text: true, reason: true, layout: true, afterSegmentId: true } },
      },
    });
    if (!found) throw new NotFoundError('No such article');
    if (found.archivedAt) throw new InvalidTransitionError('This article is archived; an admin must unarchive it before it can be published');
    const article = { ...found, segments: await findCurrentSegments(tx, found.id, currentSegmentsWithAuthorsSelect.select) };
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
    const metadata = readArticleMetadata(article.sourceVersions[0]?.markdown ?? '');
    const snapshot: PublicationSnapshot = {
      title: article.title,
      titleZh: titleZh ?? article.titleZh ?? article.title,
      sourceUrl: article.sourceUrl,
      author: article.author,
      credits: creditsFor(article.importedCredits, article.segments),
      publishedAt: publishedAt.toISOString(),
      tags: publicTags(metadata),
      // A URL is short; anything longer is not one.
      thumbnail: metadata.thumbnail && metadata.thumbnail.length <= 2048 ? metadata.thumbnail : null,
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
