import type { z } from 'zod';
import { apiErrorSchema, editorEndpoints, type RequestBody } from '@/lib/contracts/editor-api.ts';
import type { ServerTranslation } from '@/lib/contracts/editor.ts';

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

/** An answer the contract does not describe is a server bug: reported like a server error. */
const UNEXPECTED_ANSWER = 'The server sent an unexpected answer';

export async function callApi<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  responseSchema: S,
  body?: unknown,
): Promise<ApiOutcome<z.output<S>>> {
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
  const payload: unknown = await response.json().catch(() => ({}));
  if (response.ok) {
    const parsed = responseSchema.safeParse(payload);
    if (parsed.success) return { kind: 'ok', data: parsed.data };
    console.error(`${method} ${url}: ${UNEXPECTED_ANSWER}`, parsed.error.issues);
    return { kind: 'unreachable', message: UNEXPECTED_ANSWER };
  }
  const parsedError = apiErrorSchema.safeParse(payload);
  const error = parsedError.success ? parsedError.data.error : undefined;
  const message = error?.message ?? response.statusText;
  if (response.status === 409 && error?.current) return { kind: 'conflict', current: error.current, message };
  if (response.status >= 500 || response.status === 429 || response.status === 408) return { kind: 'unreachable', message };
  return { kind: 'refused', status: response.status, message };
}

function send<RequestSchema extends z.ZodType, ResponseSchema extends z.ZodType>(
  endpoint: { request: RequestSchema; response: ResponseSchema },
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  body: z.input<RequestSchema>,
): Promise<ApiOutcome<z.output<ResponseSchema>>> {
  return callApi(method, url, endpoint.response, body);
}

function get<ResponseSchema extends z.ZodType>(endpoint: { response: ResponseSchema }, url: string): Promise<ApiOutcome<z.output<ResponseSchema>>> {
  return callApi('GET', url, endpoint.response);
}

const segmentUrl = (segmentId: string, action: string) => `/api/v1/segments/${encodeURIComponent(segmentId)}/${action}`;

const articleUrl = (slug: string, action: string) => `/api/v1/articles/${encodeURIComponent(slug)}${action ? `/${action}` : ''}`;

/** The rejection a reviewer writes; the version it applies to is added when it is sent. */
export type Rejection = Omit<RequestBody<typeof editorEndpoints.reject>, 'version'>;
export type NewWaiver = Omit<RequestBody<typeof editorEndpoints.waive>, 'version'>;

/** Every call the editor makes, each bound to the version of the translation it saw. */
export const editorApi = {
  save: (segmentId: string, text: string, version: number) =>
    send(editorEndpoints.saveTranslation, 'PUT', segmentUrl(segmentId, 'translation'), { text, baseVersion: version }),
  submit: (segmentId: string, version: number) => send(editorEndpoints.submit, 'POST', segmentUrl(segmentId, 'submit'), { version }),
  keep: (segmentId: string, version: number) => send(editorEndpoints.keep, 'POST', segmentUrl(segmentId, 'keep'), { version }),
  revert: (segmentId: string, toVersion: number, version: number) =>
    send(editorEndpoints.revert, 'POST', segmentUrl(segmentId, 'revert'), { toVersion, version }),
  approve: (segmentId: string, version: number) => send(editorEndpoints.approve, 'POST', segmentUrl(segmentId, 'approve'), { version }),
  reject: (segmentId: string, rejection: Rejection, version: number) =>
    send(editorEndpoints.reject, 'POST', segmentUrl(segmentId, 'reject'), { version, ...rejection }),
  reviewEdit: (segmentId: string, text: string, version: number) =>
    send(editorEndpoints.reviewEdit, 'POST', segmentUrl(segmentId, 'review-edit'), { text, baseVersion: version }),
  bulkApprove: (items: Array<{ segmentId: string; version: number }>) => send(editorEndpoints.bulkApprove, 'POST', '/api/v1/review/bulk-approve', { items }),
  /** Submit-all and approve-all over the article, or only `segmentIds` (the rows the filter shows). */
  submitAll: (slug: string, segmentIds?: string[]) => send(editorEndpoints.submitAll, 'POST', articleUrl(slug, 'submit-all'), segmentIds ? { segmentIds } : {}),
  approveAll: (slug: string, segmentIds?: string[]) => send(editorEndpoints.approveAll, 'POST', articleUrl(slug, 'approve-all'), segmentIds ? { segmentIds } : {}),
  /** Find and replace: the preview with `dryRun: true`, else applied (bound to `expected` versions). */
  replace: (slug: string, body: RequestBody<typeof editorEndpoints.replace>) => send(editorEndpoints.replace, 'POST', articleUrl(slug, 'replace'), body),
  articleTranslations: (slug: string) => get(editorEndpoints.articleTranslations, articleUrl(slug, '')),
  waive: (segmentId: string, waiver: NewWaiver, version: number) =>
    send(editorEndpoints.waive, 'POST', segmentUrl(segmentId, 'waivers'), { version, ...waiver }),
  revisions: (segmentId: string) => get(editorEndpoints.revisions, segmentUrl(segmentId, 'revisions')),
  suggestions: (segmentId: string) => get(editorEndpoints.suggestions, segmentUrl(segmentId, 'suggestions')),
  comments: (segmentId: string) => get(editorEndpoints.comments, segmentUrl(segmentId, 'comments')),
  addComment: (segmentId: string, body: string, parentId?: string) =>
    send(editorEndpoints.addComment, 'POST', segmentUrl(segmentId, 'comments'), parentId ? { body, parentId } : { body }),
  resolveComment: (commentId: string, resolved: boolean) =>
    send(editorEndpoints.resolveComment, 'PATCH', `/api/v1/comments/${encodeURIComponent(commentId)}`, { resolved }),
  /** Memory matches for a segment's English (the first 5,000 characters are plenty to match on). */
  memory: (source: string) => get(editorEndpoints.memory, `/api/v1/memory?q=${encodeURIComponent(source.slice(0, 5000))}`),
};
