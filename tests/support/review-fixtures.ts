import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';

/** An article of `paragraphs` paragraphs (and no heading, so the paragraphs are all there is to translate). */
export async function makeArticle(slug: string, paragraphs = ['Rivers shape valleys over time.'], options: { assign?: string[] } = {}) {
  await importArticle(systemViewer, { markdown: `${paragraphs.join('\n\n')}\n`, slug });
  for (const userId of options.assign ?? []) await assignUser(systemViewer, slug, userId);
  const segments = await db.segment.findMany({ where: { article: { slug }, translatable: true }, orderBy: { position: 'asc' }, select: { id: true } });
  return segments.map((segment) => segment.id);
}

export async function currentVersion(segmentId: string): Promise<number> {
  const translation = await db.translation.findUniqueOrThrow({ where: { segmentId }, select: { version: true } });
  return translation.version;
}

/** Saves `text` on whatever version is current and submits it; returns the submitted version. */
export async function translateAndSubmit(viewer: Viewer, segmentId: string, text: string): Promise<number> {
  const saved = await saveTranslation(viewer, segmentId, { text, version: await currentVersion(segmentId) });
  const submitted = await changeTranslationStatus(viewer, segmentId, { event: 'submit', version: saved.version });
  return submitted.version;
}

export const translationOf = (segmentId: string) =>
  db.translation.findUniqueOrThrow({ where: { segmentId }, select: { text: true, status: true, version: true } });

export const revisionsOf = (segmentId: string) =>
  db.revision.findMany({
    where: { translation: { segmentId } },
    orderBy: { version: 'asc' },
    select: { version: true, text: true, status: true, origin: true, authorId: true },
  });

export const notificationsOf = (userId: string) =>
  db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { kind: true, actorId: true, segmentId: true, detail: true, readAt: true },
  });
