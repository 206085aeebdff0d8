import { describe, expect, it } from 'vitest';
import { editsReducer, initialEdits, isUnsaved, type EditAction, type Edits } from '@/components/editor/state.ts';

const server = { text: '河流塑造山谷。', status: 'draft' as const, version: 3 };
const start = (): Edits => initialEdits([['s1', server]]);
const run = (edits: Edits, ...actions: EditAction[]) => actions.reduce(editsReducer, edits);

describe('editor state', () => {
  it('typing makes a segment dirty; typing back to the saved text makes it clean', () => {
    const typed = run(start(), { type: 'edit', id: 's1', text: '河流塑造了山谷。' });
    expect(typed.s1).toMatchObject({ draft: '河流塑造了山谷。', save: 'dirty' });
    expect(run(typed, { type: 'edit', id: 's1', text: server.text }).s1?.save).toBe('saved');
  });

  it('text typed while a save is in flight stays and is saved next', () => {
    const edits = run(
      start(),
      { type: 'edit', id: 's1', text: '甲' },
      { type: 'saving', id: 's1' },
      { type: 'edit', id: 's1', text: '甲乙' },
      { type: 'saved', id: 's1', result: { text: '甲', status: 'draft', version: 4 } },
    );
    expect(edits.s1).toMatchObject({ draft: '甲乙', save: 'dirty', server: { version: 4 } });
  });

  it('a conflict keeps both texts until the translator chooses', () => {
    const theirs = { text: '别人的译文。', status: 'draft' as const, version: 4 };
    const conflicted = run(start(), { type: 'edit', id: 's1', text: '我的译文。' }, { type: 'saving', id: 's1' }, { type: 'conflict', id: 's1', current: theirs });
    expect(conflicted.s1).toMatchObject({ save: 'conflict', draft: '我的译文。', theirs });
    // Typing during a conflict (merging by hand) sends nothing yet.
    const merged = run(conflicted, { type: 'edit', id: 's1', text: '我的和别人的译文。' });
    expect(merged.s1).toMatchObject({ save: 'conflict', draft: '我的和别人的译文。' });
    expect(run(merged, { type: 'resolve', id: 's1', keep: 'mine' }).s1).toMatchObject({ save: 'dirty', draft: '我的和别人的译文。', server: theirs, theirs: null });
    expect(run(merged, { type: 'resolve', id: 's1', keep: 'theirs' }).s1).toMatchObject({ save: 'saved', draft: '别人的译文。', server: theirs });
  });

  it('a conflict with identical text is no conflict', () => {
    const same = { text: '我的译文。', status: 'draft' as const, version: 4 };
    const edits = run(start(), { type: 'edit', id: 's1', text: '我的译文。' }, { type: 'conflict', id: 's1', current: same });
    expect(edits.s1).toMatchObject({ save: 'saved', server: same });
  });

  it('failed saves are retried, refused ones are not, and both keep the text', () => {
    const failed = run(start(), { type: 'edit', id: 's1', text: '离线时输入。' }, { type: 'saving', id: 's1' }, { type: 'failed', id: 's1', message: 'offline', retry: true });
    expect(failed.s1).toMatchObject({ save: 'failed', draft: '离线时输入。', attempts: 1 });
    expect(isUnsaved(failed.s1!)).toBe(true);
    const refused = run(start(), { type: 'edit', id: 's1', text: 'x' }, { type: 'failed', id: 's1', message: 'too long', retry: false });
    expect(refused.s1).toMatchObject({ save: 'refused', draft: 'x' });
  });

  it('a draft restored from the browser is saved when still based on the current version, merged otherwise', () => {
    const same = run(start(), { type: 'restore', id: 's1', stored: { text: '上次没保存的。', version: 3, at: 0 } });
    expect(same.s1).toMatchObject({ save: 'dirty', draft: '上次没保存的。' });
    const moved = run(start(), { type: 'restore', id: 's1', stored: { text: '上次没保存的。', version: 2, at: 0 } });
    expect(moved.s1).toMatchObject({ save: 'conflict', draft: '上次没保存的。', theirs: server });
  });

  it('a revert replaces the text in the editor', () => {
    const reverted = run(start(), { type: 'replaced', id: 's1', result: { text: '旧版本。', status: 'draft', version: 4 } });
    expect(reverted.s1).toMatchObject({ save: 'saved', draft: '旧版本。', server: { version: 4 } });
  });
});
