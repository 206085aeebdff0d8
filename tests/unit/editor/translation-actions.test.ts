import { describe, expect, it } from 'vitest';
import { withNotice } from '@/components/editor/use-translation-actions.ts';

describe('row notices', () => {
  it('set and clear a notice, and hand back the same map when nothing changes', () => {
    const none: ReadonlyMap<string, string> = new Map();
    const one = withNotice(none, 's1', 'Someone else saved');
    expect([...one]).toEqual([['s1', 'Someone else saved']]);
    expect(withNotice(one, 's1', 'Someone else saved')).toBe(one);
    expect(withNotice(none, 's1', null)).toBe(none);
    expect(withNotice(one, 's1', null).size).toBe(0);
    expect([...none]).toEqual([]);
  });
});
