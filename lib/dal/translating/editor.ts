import 'server-only';
import { chineseTitleOf } from '@/lib/domain/chinese-title.ts';
import { editableSource, editableTranslation, fieldOfSegment } from '@/lib/domain/markdown/front-matter-value.ts';
import { firstLineIndent } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { countEnglishWords } from '@/lib/domain/text/word-count.ts';
import type { EditorArticle, EditorSegment, Waiver } from '@/lib/contracts/editor.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { currentSegmentsSelect, findCurrentSegments, findWorkableArticleOrThrow } from '../core/article-access.ts';
import { db } from '../core/db.ts';
import { currentWaivers, glossaryForChecks } from './quality.ts';
import type { Viewer } from '../core/viewer-types.ts';

/**
 * Everything the side-by-side editor needs for one article in one round trip: the segments with
 * their current translation, word counts and open comment threads. Only for articles the viewer
 * may work on.
 */
export async function getEditorArticleOrThrow(viewer: Viewer, slug: string): Promise<EditorArticle> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const found = await findWorkableArticleOrThrow(viewer, slug, { id: true, slug: true, title: true, titleZh: true });
  const article = { ...found, segments: await findCurrentSegments(db, found.id, currentSegmentsSelect.select) };
  const threads = await db.comment.groupBy({
    by: ['segmentId'],
    where: { parentId: null, resolvedAt: null, segment: { articleId: article.id, archivedAt: null } },
    _count: { _all: true },
  });
  const openComments = new Map(threads.map((row) => [row.segmentId, row._count._all]));
  const [glossary, waivers] = await Promise.all([glossaryForChecks(), currentWaivers(article.id)]);
  return {
    slug: article.slug,
    title: article.title,
    titleZh: chineseTitleOf(article.segments) ?? article.titleZh,
    glossary,
    viewer: { id: viewer.id ?? '', canReview: can(viewer, 'translations:review') },
    segments: article.segments.map((segment): EditorSegment => {
      const source = editableSource(segment);
      const previous = segment.translation?.status === 'outdated' ? segment.previousSource : null;
      return {
        id: segment.id,
        position: segment.position,
        kind: segment.kind,
        field: fieldOfSegment(segment)?.key ?? null,
        source,
        indent: firstLineIndent(segment.source),
        previousSource: previous === null ? null : editableSource({ ...segment, source: previous }),
        translatable: segment.translatable,
        words: segment.translatable ? countEnglishWords(source) : 0,
        openComments: openComments.get(segment.id) ?? 0,
        translation: segment.translation
          ? { ...segment.translation, text: editableTranslation(segment, segment.translation.text) }
          : { text: '', status: 'untranslated', version: 0 },
        waivers: (waivers.get(segment.id) ?? []).map(({ checkId, reason, user }): Waiver => ({ checkId, reason, user })),
      };
    }),
  };
}
