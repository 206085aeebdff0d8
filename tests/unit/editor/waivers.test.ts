import { describe, expect, it } from 'vitest';
import { initialWaivers, waiversAt, withWaiver } from '@/components/editor/use-waivers.ts';
import type { EditorSegment } from '@/lib/contracts/editor.ts';

const numbers = { checkId: 'numbers', reason: '意译', user: { name: 'Wang Fang' } };
const segment = { id: 's1', translation: { text: '一', status: 'submitted', version: 3 }, waivers: [numbers] } as const;
const start = initialWaivers([segment as unknown as EditorSegment]);

describe('waivers', () => {
  it('hold for the version they were given on, and lapse with an edit', () => {
    expect(waiversAt(start, 's1', 3)).toEqual([numbers]);
    expect(waiversAt(start, 's1', 4)).toEqual([]);
    expect(waiversAt(start, 'unknown', 3)).toEqual([]);
  });

  it('return the same empty list for every row without any, so memoized rows stay put', () => {
    expect(waiversAt(start, 's1', 4)).toBe(waiversAt(start, 'unknown', 0));
  });

  it('replace a waiver of the same check on the same version, and start afresh on a newer one', () => {
    const again = withWaiver(start, 's1', 3, { ...numbers, reason: '数字按原文' });
    expect(waiversAt(again, 's1', 3)).toEqual([{ ...numbers, reason: '数字按原文' }]);
    const code = { checkId: 'inline-code', reason: '术语', user: null };
    expect(waiversAt(withWaiver(start, 's1', 3, code), 's1', 3)).toEqual([numbers, code]);
    const newer = withWaiver(start, 's1', 5, code);
    expect(waiversAt(newer, 's1', 5)).toEqual([code]);
    expect(waiversAt(newer, 's1', 3)).toEqual([]);
    // The map it came from is left as it was.
    expect(waiversAt(start, 's1', 3)).toEqual([numbers]);
  });
});
