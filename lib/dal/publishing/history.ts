import 'server-only';
import { diffWords, type WordChange } from '@/lib/domain/markdown/word-diff.ts';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { publicationNumberSchema } from '@/lib/validation/reviews.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { readSnapshot, type PublicationPair, type PublicationSnapshot } from './snapshot.ts';

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
  return { ...publication, snapshot: readSnapshot(publication.snapshot) };
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

