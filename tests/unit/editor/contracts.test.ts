import { describe, expect, it } from 'vitest';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';

/** What the browser gets: Response.json writes the server's value as JSON. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the editor API contract', () => {
  it('reads the times a route sends as Dates as ISO strings', () => {
    const at = new Date('2025-03-01T08:30:00.000Z');
    const sent: SentBody<typeof editorEndpoints.revisions> = {
      revisions: [
        {
          version: 2,
          text: '石桥。',
          status: 'rejected',
          origin: 'edit',
          author: { name: 'Qiao Mei' },
          createdAt: at,
          changes: [{ kind: 'added', text: '石桥。' }],
          notes: [{ category: 'accuracy', severity: 'major', comment: '不准确', reviewer: null, createdAt: at }],
        },
      ],
    };
    const read = editorEndpoints.revisions.response.parse(overTheWire(sent));
    expect(read.revisions[0]?.createdAt).toBe('2025-03-01T08:30:00.000Z');
    expect(read.revisions[0]?.notes[0]?.createdAt).toBe('2025-03-01T08:30:00.000Z');

    const thread = { id: 'c1', body: '好', author: null, createdAt: at, resolvedAt: null, replies: [] };
    const comments: SentBody<typeof editorEndpoints.comments> = { comments: [thread] };
    expect(editorEndpoints.comments.response.parse(overTheWire(comments)).comments[0]).toMatchObject({ createdAt: '2025-03-01T08:30:00.000Z', resolvedAt: null });
  });

  it('parses the save request under the wire\'s name into the version everyone else calls it', () => {
    expect(editorEndpoints.saveTranslation.request.parse({ text: '石桥。', baseVersion: 3 })).toEqual({ text: '石桥。', version: 3 });
    expect(editorEndpoints.saveTranslation.request.safeParse({ text: '石桥。', version: 3 }).success).toBe(false);
  });
});
