import type { TranslationStatus } from './workflow.ts';

/** Mirrors the database enum `RevisionOrigin`. */
export type RevisionOrigin = 'edit' | 'review_edit' | 'revert' | 'import' | 'machine' | 'memory' | 'xliff' | 'source_update';

/** What the authorship rules need to know about a revision; `author` is whatever identifies a user. */
export type RevisionFacts<A> = { text: string; status: TranslationStatus; origin: RevisionOrigin; author: A | null };

/**
 * Origins where the revision's author chose the words (an XLIFF file is the uploader's own translation). An import carries someone else's text (the
 * importer did not write it) and a source update keeps the text as it was.
 */
const writingOrigins: ReadonlySet<RevisionOrigin> = new Set(['edit', 'review_edit', 'revert', 'machine', 'memory', 'xliff']);

/** The revisions (oldest first) that changed the text from `baseline`; submitting or approving changes none. */
function textChanges<R extends { text: string }>(revisions: readonly R[], baseline = ''): R[] {
  let previous = baseline;
  const changes: R[] = [];
  for (const revision of revisions) {
    if (revision.text !== previous) changes.push(revision);
    previous = revision.text;
  }
  return changes;
}

/**
 * Whether a revision's author answers for its words. A draft import carries someone else's text; an
 * import "as submitted" puts the importer's name to it, ready for review, so it counts as theirs.
 */
function isWriting(revision: RevisionFacts<unknown>): boolean {
  return writingOrigins.has(revision.origin) || (revision.origin === 'import' && revision.status === 'submitted');
}

/**
 * Who wrote the current text: the author of the last revision that changed it, or null when that was
 * a draft import. This is whose work an approval judges, so it is the person who may not approve it.
 */
export function currentTextWriter<A>(revisions: readonly RevisionFacts<A>[]): A | null {
  const last = textChanges(revisions).at(-1);
  return last && isWriting(last) ? last.author : null;
}

/**
 * Everyone who wrote the text under review: the writers since the last approval, or, when the text
 * has not changed since then (an outdated translation kept as it was), the writer of the current text.
 */
export function writersUnderReview<A>(revisions: readonly RevisionFacts<A>[]): A[] {
  const lastApproval = revisions.findLastIndex((revision) => revision.status === 'approved');
  const baseline = lastApproval >= 0 ? revisions[lastApproval]!.text : '';
  const writers = textChanges(revisions.slice(lastApproval + 1), baseline).flatMap((revision) =>
    isWriting(revision) && revision.author !== null ? [revision.author] : [],
  );
  if (writers.length > 0) return [...new Set(writers)];
  const writer = currentTextWriter(revisions);
  return writer === null ? [] : [writer];
}

/**
 * Credits from a translation's history. Translators wrote its text; reviewers approved, rejected or
 * edited it as reviewers (a reviewer's correction does not make them a translator).
 *
 * `importedTextCredited`: the imported file named who translated and proofread it. A decision on
 * imported text left as it was then credits nobody (approving it in Duet only lets it be
 * published), so an untouched import is exported, and pushed back to its repository, with the
 * credits it came with. Without such a list, the reviewer who approved it is its only credit.
 */
export function creditsFromRevisions<A>(
  revisions: readonly RevisionFacts<A>[],
  { importedTextCredited = false }: { importedTextCredited?: boolean } = {},
): { translators: A[]; reviewers: A[] } {
  const translators = textChanges(revisions).flatMap((revision) =>
    revision.author !== null && writingOrigins.has(revision.origin) && revision.origin !== 'review_edit' ? [revision.author] : [],
  );
  const reviewers: A[] = [];
  let previous = '';
  let writtenInDuet = false;
  for (const revision of revisions) {
    if (revision.text !== previous) writtenInDuet = writingOrigins.has(revision.origin);
    previous = revision.text;
    if (revision.author !== null && isReviewDecision(revision) && (writtenInDuet || !importedTextCredited)) reviewers.push(revision.author);
  }
  return { translators: [...new Set(translators)], reviewers: [...new Set(reviewers)] };
}

/** Saving always makes a draft, so an approved or rejected revision written by hand is a reviewer's decision. */
function isReviewDecision(revision: RevisionFacts<unknown>): boolean {
  return revision.origin === 'review_edit' || (revision.origin === 'edit' && (revision.status === 'approved' || revision.status === 'rejected'));
}
