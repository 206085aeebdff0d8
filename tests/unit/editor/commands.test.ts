import { describe, expect, it } from 'vitest';
import { planCommand, stepFrom, type CommandContext } from '@/components/editor/commands.ts';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';

/** Four translatable segments; s2 and s4 are still empty. */
const statuses: Record<string, TranslationStatus> = { s1: 'draft', s2: 'untranslated', s3: 'submitted', s4: 'untranslated', s5: 'outdated' };
const texts: Record<string, string> = { s1: '一', s2: '', s3: '三', s4: '  ', s5: '五' };

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    activeId: 's1',
    navigable: ['s1', 's2', 's3', 's4', 's5'],
    translatable: ['s1', 's2', 's3', 's4', 's5'],
    filtered: false,
    canReview: false,
    statusOf: (id) => statuses[id],
    isUntranslated: (id) => texts[id]?.trim() === '',
    ...overrides,
  };
}

describe('stepping through segments', () => {
  it('goes forward or back from a segment, or starts at the first, and stops at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(stepFrom(ids, 'a', 1)).toBe('b');
    expect(stepFrom(ids, 'b', -1)).toBe('a');
    expect(stepFrom(ids, null, 1)).toBe('a');
    expect(stepFrom(ids, 'c', 1)).toBeNull();
    expect(stepFrom(ids, 'a', -1)).toBeNull();
    expect(stepFrom(ids, 'a', 1, (id) => id === 'c')).toBe('c');
    // A segment the filter hides: from the start.
    expect(stepFrom(ids, 'x', 1)).toBe('a');
  });
});

describe('editor commands', () => {
  it('moves to the next and previous shown segment, and from nothing to the first', () => {
    expect(planCommand('next', 'ArrowDown', context())).toEqual([{ do: 'focus', id: 's2' }]);
    expect(planCommand('previous', 'ArrowUp', context({ activeId: 's3' }))).toEqual([{ do: 'focus', id: 's2' }]);
    expect(planCommand('previous', 'ArrowUp', context())).toEqual([]);
    expect(planCommand('next', 'ArrowDown', context({ activeId: null }))).toEqual([{ do: 'focus', id: 's1' }]);
  });

  it('finds the next empty segment, wrapping around, and leaves the filter when only hidden ones are left', () => {
    expect(planCommand('nextUntranslated', 'KeyN', context())).toEqual([{ do: 'focus', id: 's2' }]);
    expect(planCommand('nextUntranslated', 'KeyN', context({ activeId: 's4' }))).toEqual([{ do: 'focus', id: 's2' }]);
    const submittedOnly = context({ activeId: 's3', navigable: ['s3'], filtered: true });
    expect(planCommand('nextUntranslated', 'KeyN', submittedOnly)).toEqual([{ do: 'showAll' }, { do: 'focus', id: 's2' }]);
    const allDone = context({ isUntranslated: () => false });
    expect(planCommand('nextUntranslated', 'KeyN', allDone)).toEqual([]);
  });

  it('saves or submits the active segment, then moves on', () => {
    expect(planCommand('saveAndNext', 'Enter', context())).toEqual([{ do: 'save', id: 's1' }, { do: 'focus', id: 's2' }]);
    expect(planCommand('submitAndNext', 'Enter', context({ activeId: 's5' }))).toEqual([{ do: 'submit', id: 's5' }]);
  });

  it('needs an active segment for everything but moving and help', () => {
    const none = context({ activeId: null });
    for (const command of ['saveAndNext', 'submitAndNext', 'copySource', 'insertMatch', 'keep', 'history', 'comments', 'memory'] as const) {
      expect(planCommand(command, 'Digit1', none), command).toEqual([]);
    }
    expect(planCommand('help', 'F1', none)).toEqual([{ do: 'openHelp' }]);
    expect(planCommand('findReplace', 'KeyH', none)).toEqual([{ do: 'openFindReplace' }]);
  });

  it('inserts the memory match of the digit pressed, and opens side panel tabs', () => {
    expect(planCommand('insertMatch', 'Digit1', context())).toEqual([{ do: 'insertMatch', id: 's1', index: 0 }]);
    expect(planCommand('insertMatch', 'Digit3', context())).toEqual([{ do: 'insertMatch', id: 's1', index: 2 }]);
    expect(planCommand('copySource', 'KeyC', context())).toEqual([{ do: 'copySource', id: 's1' }]);
    expect(planCommand('comments', 'KeyM', context())).toEqual([{ do: 'openPanel', tab: 'comments' }]);
  });

  it('keeps only an outdated translation', () => {
    expect(planCommand('keep', 'KeyK', context({ activeId: 's5' }))).toEqual([{ do: 'keep', id: 's5' }]);
    expect(planCommand('keep', 'KeyK', context())).toEqual([]);
  });

  it('lets only a reviewer approve or reject, and only a submitted translation', () => {
    expect(planCommand('approveAndNext', 'KeyA', context({ activeId: 's3' }))).toEqual([]);
    const reviewer = context({ activeId: 's3', canReview: true });
    expect(planCommand('approveAndNext', 'KeyA', reviewer)).toEqual([{ do: 'approve', id: 's3' }, { do: 'focus', id: 's4' }]);
    expect(planCommand('reject', 'KeyR', reviewer)).toEqual([{ do: 'openReject', id: 's3' }]);
    expect(planCommand('approveAndNext', 'KeyA', { ...reviewer, activeId: 's1' })).toEqual([]);
    expect(planCommand('reject', 'KeyR', { ...reviewer, activeId: 's1' })).toEqual([]);
  });
});
