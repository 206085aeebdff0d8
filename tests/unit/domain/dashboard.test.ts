import { describe, expect, it } from 'vitest';
import { articleStage, emptyCounts, matchesFilter, nextAction, readDashboardFilter, type StatusCounts } from '@/lib/domain/dashboard.ts';

const counts = (values: Partial<StatusCounts>): StatusCounts => ({ ...emptyCounts(), ...values });
const reviewer = { mayReview: true, mayPublish: true, mayTranslate: true };
const translator = { mayReview: false, mayPublish: false, mayTranslate: true };

describe('the stage of an article', () => {
  it('follows its segments from untranslated to ready, and its publication', () => {
    expect(articleStage(counts({ untranslated: 5 }), false, false)).toBe('untranslated');
    expect(articleStage(counts({ untranslated: 4, draft: 1 }), false, false)).toBe('in-progress');
    expect(articleStage(counts({ submitted: 3, rejected: 1, approved: 1 }), false, false)).toBe('in-progress');
    expect(articleStage(counts({ submitted: 3, approved: 2 }), false, false)).toBe('in-review');
    expect(articleStage(counts({ approved: 5 }), false, false)).toBe('ready');
    expect(articleStage(counts({ approved: 5 }), true, false)).toBe('published');
  });

  it('is outdated once published when anything changed since, or a segment is no longer approved', () => {
    expect(articleStage(counts({ approved: 5 }), true, true)).toBe('outdated');
    expect(articleStage(counts({ approved: 4, outdated: 1 }), true, false)).toBe('outdated');
    expect(articleStage(counts({ approved: 4, draft: 1 }), true, true)).toBe('outdated');
  });
});

describe('the next action', () => {
  it('asks a reviewer to review what waits, then to publish what is ready', () => {
    expect(nextAction(counts({ submitted: 2, untranslated: 3 }), 'in-progress', reviewer)).toEqual({ kind: 'review', count: 2 });
    expect(nextAction(counts({ approved: 5 }), 'ready', reviewer)).toEqual({ kind: 'publish' });
    expect(nextAction(counts({ approved: 5 }), 'outdated', reviewer)).toEqual({ kind: 'publish' });
    expect(nextAction(counts({ approved: 5 }), 'published', reviewer)).toEqual({ kind: 'none' });
  });

  it('asks a translator to fix rejections first, then outdated segments, then to translate the rest', () => {
    expect(nextAction(counts({ rejected: 1, outdated: 2, untranslated: 3 }), 'in-progress', translator)).toEqual({ kind: 'fix-rejected', count: 1 });
    expect(nextAction(counts({ outdated: 2, untranslated: 3 }), 'in-progress', translator)).toEqual({ kind: 'update-outdated', count: 2 });
    expect(nextAction(counts({ draft: 1, untranslated: 3 }), 'in-progress', translator)).toEqual({ kind: 'translate', count: 4 });
    expect(nextAction(counts({ submitted: 4 }), 'in-review', translator)).toEqual({ kind: 'wait-for-review', count: 4 });
    expect(nextAction(counts({ approved: 4 }), 'ready', translator)).toEqual({ kind: 'none' });
  });
});

describe('the filters', () => {
  const item = (values: Partial<StatusCounts>, mine: boolean, stage: Parameters<typeof matchesFilter>[1]['stage']) => ({ counts: counts(values), mine, stage });

  it('keep the viewer’s articles, those waiting for review, and those outdated', () => {
    expect(matchesFilter('mine', item({}, true, 'untranslated'))).toBe(true);
    expect(matchesFilter('mine', item({}, false, 'untranslated'))).toBe(false);
    expect(matchesFilter('needs-review', item({ submitted: 1 }, false, 'in-review'))).toBe(true);
    expect(matchesFilter('needs-review', item({ approved: 1 }, false, 'ready'))).toBe(false);
    expect(matchesFilter('outdated', item({ approved: 1 }, false, 'outdated'))).toBe(true);
    expect(matchesFilter('outdated', item({ outdated: 1 }, false, 'in-progress'))).toBe(true);
    expect(matchesFilter('outdated', item({ approved: 1 }, false, 'published'))).toBe(false);
    // Archived articles show under `archived` and nowhere else.
    expect(matchesFilter('archived', { ...item({}, true, 'untranslated'), archived: true })).toBe(true);
    expect(matchesFilter('all', { ...item({}, true, 'untranslated'), archived: true })).toBe(false);
    expect(matchesFilter('mine', { ...item({}, true, 'untranslated'), archived: true })).toBe(false);
    expect(matchesFilter('archived', item({}, true, 'untranslated'))).toBe(false);
  });

  it('reads an unknown filter as all', () => {
    expect(readDashboardFilter('mine')).toBe('mine');
    expect(readDashboardFilter('everything')).toBe('all');
    expect(readDashboardFilter(['mine'])).toBe('all');
  });
});
