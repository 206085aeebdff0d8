import type { TranslationStatus } from '@/lib/domain/workflow.ts';

/** The translation of a segment as the server has it. */
export type ServerTranslation = { text: string; status: TranslationStatus; version: number };

/**
 * What a call to the JSON API came to. `conflict` carries the newer text someone else saved;
 * `refused` is a 4xx the same request would get again (fix the input, don't retry); `unreachable`
 * is offline or a server error, worth retrying with the same text.
 */
export type ApiOutcome<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'conflict'; current: ServerTranslation; message: string }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'unreachable'; message: string };

type ErrorBody = { error?: { message?: string; current?: ServerTranslation } };

export async function callApi<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  const payload = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (response.ok) return { kind: 'ok', data: payload };
  const message = payload.error?.message ?? response.statusText;
  if (response.status === 409 && payload.error?.current) return { kind: 'conflict', current: payload.error.current, message };
  if (response.status >= 500 || response.status === 429 || response.status === 408) return { kind: 'unreachable', message };
  return { kind: 'refused', status: response.status, message };
}

const segmentUrl = (segmentId: string, action: string) => `/api/v1/segments/${encodeURIComponent(segmentId)}/${action}`;

export const editorApi = {
  save: (segmentId: string, text: string, baseVersion: number) =>
    callApi<ServerTranslation>('PUT', segmentUrl(segmentId, 'translation'), { text, baseVersion }),
  submit: (segmentId: string, version: number) => callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'submit'), { version }),
  keep: (segmentId: string, version: number) => callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'keep'), { version }),
  revert: (segmentId: string, toVersion: number, version: number) =>
    callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'revert'), { toVersion, version }),
  approve: (segmentId: string, version: number) => callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'approve'), { version }),
  reject: (segmentId: string, input: RejectInput) => callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'reject'), input),
  reviewEdit: (segmentId: string, text: string, baseVersion: number) =>
    callApi<ServerTranslation>('POST', segmentUrl(segmentId, 'review-edit'), { text, baseVersion }),
  bulkApprove: (items: Array<{ segmentId: string; version: number }>) =>
    callApi<{ approved: Array<{ segmentId: string; version: number }>; refused: Array<{ segmentId: string; message: string; current?: ServerTranslation }> }>(
      'POST',
      '/api/v1/review/bulk-approve',
      { items },
    ),
  revisions: (segmentId: string) => callApi<{ revisions: RevisionView[] }>('GET', segmentUrl(segmentId, 'revisions')),
  comments: (segmentId: string) => callApi<{ comments: CommentThreadView[] }>('GET', segmentUrl(segmentId, 'comments')),
  addComment: (segmentId: string, body: string, parentId?: string) =>
    callApi<{ id: string }>('POST', segmentUrl(segmentId, 'comments'), parentId ? { body, parentId } : { body }),
  resolveComment: (commentId: string, resolved: boolean) =>
    callApi<{ resolved: boolean }>('PATCH', `/api/v1/comments/${encodeURIComponent(commentId)}`, { resolved }),
};

export type RejectInput = { version: number; category: string; severity: string; comment: string };

export type WordChangeView = { kind: 'added' | 'removed' | 'same'; text: string };
export type RevisionView = {
  version: number;
  text: string;
  status: TranslationStatus;
  origin: string;
  author: { name: string } | null;
  createdAt: string;
  changes: WordChangeView[];
  notes: Array<{ category: string; severity: string; comment: string; reviewer: { name: string } | null; createdAt: string }>;
};
export type CommentView = { id: string; body: string; author: { name: string } | null; createdAt: string; resolvedAt: string | null };
export type CommentThreadView = CommentView & { replies: CommentView[] };
