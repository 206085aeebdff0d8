import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorApi } from '@/components/editor/api.ts';

type Sent = { url: string; method: string; body: unknown };

/** Answers every request with `status` and `body` (a string is sent as it is), recording what was sent. */
function answer(status: number, body: unknown, statusText = ''): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const saved = { text: '石桥。', status: 'draft', version: 4 };

describe('the editor API client', () => {
  it('sends the wire\'s field names and reads the answer through the contract', async () => {
    const sent = answer(200, { ...saved, extra: 'dropped' });
    expect(await editorApi.save('s 1', '石桥。', 3)).toEqual({ kind: 'ok', data: saved });
    expect(sent).toEqual([{ url: '/api/v1/segments/s%201/translation', method: 'PUT', body: { text: '石桥。', baseVersion: 3 } }]);
  });

  it('binds every status change and waiver to the version it was based on', async () => {
    const sent = answer(200, saved);
    await editorApi.submit('s1', 3);
    await editorApi.revert('s1', 1, 3);
    await editorApi.reject('s1', { category: 'accuracy', severity: 'major', comment: '不准确' }, 3);
    await editorApi.reviewEdit('s1', '木桥。', 3);
    expect(sent.map(({ url, body }) => [url.split('/').pop(), body])).toEqual([
      ['submit', { version: 3 }],
      ['revert', { toVersion: 1, version: 3 }],
      ['reject', { version: 3, category: 'accuracy', severity: 'major', comment: '不准确' }],
      ['review-edit', { text: '木桥。', baseVersion: 3 }],
    ]);
    const waiver = { checkId: 'numbers', reason: '意译', user: { name: 'Wang Fang' } };
    const waived = answer(201, { ...waiver, version: 3, createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await editorApi.waive('s1', { checkId: 'numbers', reason: '意译' }, 3)).toEqual({ kind: 'ok', data: waiver });
    expect(waived[0]?.body).toEqual({ version: 3, checkId: 'numbers', reason: '意译' });
  });

  it('turns a 409 carrying the current translation into a conflict', async () => {
    answer(409, { error: { code: 'conflict', message: 'Someone else saved this translation in the meantime', current: { ...saved, version: 5 } } });
    expect(await editorApi.save('s1', '我的。', 4)).toEqual({
      kind: 'conflict',
      current: { ...saved, version: 5 },
      message: 'Someone else saved this translation in the meantime',
    });
  });

  it('retries server errors, not refusals, and names the problem', async () => {
    answer(500, { error: { code: 'internal', message: 'Internal error' } });
    expect(await editorApi.submit('s1', 1)).toEqual({ kind: 'unreachable', message: 'Internal error' });
    answer(400, { error: { code: 'validation', message: 'text: A translation can be at most 50,000 characters' } });
    expect(await editorApi.save('s1', 'x', 1)).toEqual({ kind: 'refused', status: 400, message: 'text: A translation can be at most 50,000 characters' });
    answer(502, '<html>Bad gateway</html>', 'Bad Gateway');
    expect(await editorApi.save('s1', 'x', 1)).toEqual({ kind: 'unreachable', message: 'Bad Gateway' });
  });

  it('reports an answer the contract does not describe as a server error, not as data', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    answer(200, { text: '石桥。', status: 'published', version: 4 });
    expect(await editorApi.save('s1', '石桥。', 3)).toEqual({ kind: 'unreachable', message: 'The server sent an unexpected answer' });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('reads a bulk approval\'s refusals with the translation that moved on', async () => {
    answer(200, {
      approved: [{ segmentId: 's1', version: 5 }],
      refused: [
        { segmentId: 's2', reason: 'stale', message: 'Someone else saved', current: saved },
        { segmentId: 's3', reason: 'own_text', message: 'You wrote this' },
      ],
    });
    const outcome = await editorApi.bulkApprove([{ segmentId: 's1', version: 4 }]);
    expect(outcome.kind === 'ok' && outcome.data.refused.map((refusal) => refusal.current ?? null)).toEqual([saved, null]);
  });

  it('looks up memory matches for at most 5,000 characters of English, and reads a lookup without sentences', async () => {
    const sent = answer(200, { matches: [{ source: 'Stone bridges', target: '石桥', score: 100 }] });
    const outcome = await editorApi.memory('a'.repeat(6000));
    expect(outcome).toEqual({ kind: 'ok', data: { matches: [{ source: 'Stone bridges', target: '石桥', score: 100 }], sentences: [] } });
    expect(sent[0]?.url).toBe(`/api/v1/memory?q=${'a'.repeat(5000)}`);
  });
});
