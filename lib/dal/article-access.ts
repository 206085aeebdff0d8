import 'server-only';
import type { Credits } from '@/lib/domain/article-metadata.ts';
import { can } from '@/lib/domain/permissions.ts';
import type { Viewer } from './viewer-types.ts';

/** The articles a viewer may work on, as a `where` clause: all, or those assigned to them. */
export function workableArticles(viewer: Viewer) {
  return can(viewer, 'articles:read-all') ? {} : { assignments: { some: { userId: viewer.id ?? '' } } };
}

/** Selects the names of everyone who wrote a revision of a segment's translation (importing or a source change is not writing). */
export const revisionAuthorsSelect = {
  revisions: {
    where: { origin: { notIn: ['import' as const, 'source_update' as const] } },
    select: { author: { select: { name: true } } } as const,
  },
};

type WithRevisionAuthors = { translation: { revisions: Array<{ author: { name: string } | null }> } | null };

/** Credits carried in with the import, plus everyone who wrote a revision since. */
export function creditsFor(importedCredits: string, segments: readonly WithRevisionAuthors[]): Credits {
  const imported = JSON.parse(importedCredits) as Credits;
  const authors = segments.flatMap((segment) => segment.translation?.revisions.flatMap((r) => (r.author ? [r.author.name] : [])) ?? []);
  return { translators: [...new Set([...imported.translators, ...authors])], reviewers: [...new Set(imported.reviewers)] };
}
