import { describe, expect, it } from 'vitest';
import { creditsFromRevisions, currentTextWriter, writersUnderReview, type RevisionFacts } from '@/lib/domain/revision-authors.ts';

type R = RevisionFacts<string>;
const rev = (text: string, status: R['status'], origin: R['origin'], author: string | null): R => ({ text, status, origin, author });

describe('who wrote a translation', () => {
  it('is the importer of a translation imported as submitted (ready for review), and nobody for a draft import', () => {
    expect(currentTextWriter([rev('一', 'submitted', 'import', 'importer')])).toBe('importer');
    expect(currentTextWriter([rev('一', 'submitted', 'import', 'importer'), rev('一', 'approved', 'edit', 'wang')])).toBe('importer');
    expect(writersUnderReview([rev('一', 'submitted', 'import', 'importer')])).toEqual(['importer']);
    expect(currentTextWriter([rev('一', 'draft', 'import', 'importer'), rev('一', 'submitted', 'edit', 'importer')])).toBeNull();
    expect(creditsFromRevisions([rev('一', 'submitted', 'import', 'importer')]).translators).toEqual([]);
  });

  it('is the author of the last change to the text, not whoever submitted or approved it', () => {
    const history = [rev('一', 'draft', 'edit', 'mei'), rev('一', 'submitted', 'edit', 'lin'), rev('一', 'approved', 'edit', 'wang')];
    expect(currentTextWriter(history)).toBe('mei');
  });

  it('is nobody for imported text, and the reverter after a revert', () => {
    expect(currentTextWriter([rev('一', 'draft', 'import', 'importer'), rev('一', 'submitted', 'edit', 'mei')])).toBeNull();
    const reverted = [rev('一', 'draft', 'import', 'importer'), rev('二', 'draft', 'edit', 'mei'), rev('一', 'draft', 'revert', 'lin')];
    expect(currentTextWriter(reverted)).toBe('lin');
    expect(currentTextWriter([])).toBeNull();
  });

  it('under review are the writers since the last approval, or the current writer when nothing changed since', () => {
    const history = [
      rev('一', 'draft', 'edit', 'mei'),
      rev('一', 'approved', 'edit', 'wang'),
      rev('二', 'draft', 'edit', 'lin'),
      rev('三', 'submitted', 'review_edit', 'wang'),
      rev('三', 'rejected', 'edit', 'zhao'),
    ];
    expect(writersUnderReview(history)).toEqual(['lin', 'wang']);
    const keptAfterSourceChange = [rev('一', 'draft', 'edit', 'mei'), rev('一', 'approved', 'edit', 'wang'), rev('一', 'outdated', 'source_update', 'admin'), rev('一', 'submitted', 'edit', 'mei')];
    expect(writersUnderReview(keptAfterSourceChange)).toEqual(['mei']);
  });

  it('credits translators for words and reviewers for decisions and corrections', () => {
    const history = [
      rev('一', 'draft', 'import', 'importer'),
      rev('二', 'draft', 'edit', 'mei'),
      rev('二', 'submitted', 'edit', 'mei'),
      rev('二', 'rejected', 'edit', 'wang'),
      rev('三', 'draft', 'edit', 'lin'),
      rev('三', 'submitted', 'edit', 'lin'),
      rev('四', 'submitted', 'review_edit', 'zhao'),
      rev('四', 'approved', 'edit', 'wang'),
    ];
    expect(creditsFromRevisions(history)).toEqual({ translators: ['mei', 'lin'], reviewers: ['wang', 'zhao'] });
  });

  it('credits no reviewer for approving imported text as it was when the imported file credits its people, but does once the text was written in Duet', () => {
    const credited = { importedTextCredited: true };
    const untouched = [rev('一', 'draft', 'import', 'importer'), rev('一', 'submitted', 'edit', 'mei'), rev('一', 'approved', 'edit', 'wang')];
    expect(creditsFromRevisions(untouched, credited)).toEqual({ translators: [], reviewers: [] });
    const corrected = [...untouched, rev('一。', 'draft', 'edit', 'mei'), rev('一。', 'submitted', 'edit', 'mei'), rev('一。', 'approved', 'edit', 'wang')];
    expect(creditsFromRevisions(corrected, credited)).toEqual({ translators: ['mei'], reviewers: ['wang'] });
    const rejectedImport = [rev('一', 'draft', 'import', 'importer'), rev('一', 'rejected', 'edit', 'wang')];
    expect(creditsFromRevisions(rejectedImport, credited).reviewers).toEqual([]);
    // An imported file that names nobody: the reviewer who approved it is credited.
    expect(creditsFromRevisions(untouched)).toEqual({ translators: [], reviewers: ['wang'] });
  });
});
