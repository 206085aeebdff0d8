import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, readDrafts, storeDraft } from '@/components/editor/drafts.ts';

let store: Map<string, string>;

beforeEach(() => {
  store = new Map();
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  vi.stubGlobal('window', { localStorage });
});

afterEach(() => vi.unstubAllGlobals());

describe('drafts kept in the browser', () => {
  it('keep the stored format of earlier visits: the version is stored as baseVersion', () => {
    storeDraft('s1', '没保存的。', 3);
    expect(JSON.parse(store.get('duet:draft:s1') ?? '{}')).toMatchObject({ text: '没保存的。', baseVersion: 3 });
    // A draft stored by an earlier version of the editor.
    store.set('duet:draft:s2', JSON.stringify({ text: '上次的。', baseVersion: 7, at: 1 }));
    expect(readDrafts(['s1', 's2', 's3'])).toEqual(
      new Map([
        ['s1', { text: '没保存的。', version: 3, at: expect.any(Number) }],
        ['s2', { text: '上次的。', version: 7, at: 1 }],
      ]),
    );
  });

  it('skip what is not a draft and drop what is not JSON', () => {
    store.set('duet:draft:s1', JSON.stringify({ text: '缺版本。' }));
    store.set('duet:draft:s2', '{not json');
    expect(readDrafts(['s1', 's2']).size).toBe(0);
    expect(store.has('duet:draft:s1')).toBe(true);
    expect(store.has('duet:draft:s2')).toBe(false);
    clearDraft('s1');
    expect(store.size).toBe(0);
  });
});
