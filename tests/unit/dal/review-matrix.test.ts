import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';

/*
 * Who may do what, proven case by case: every role × every review and publish action × every
 * starting status of the translation, through the data-access layer and through the doors users
 * actually knock on (the JSON API and the Server Actions). A refusal must also leave the database
 * exactly as it was.
 */

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { importArticle } = await import('@/lib/dal/articles/articles.ts');
const { assignUser } = await import('@/lib/dal/articles/assignments.ts');
const { db } = await import('@/lib/dal/core/db.ts');
const { publishArticle, unpublishArticle } = await import('@/lib/dal/publishing/publish.ts');
const { listPublications } = await import('@/lib/dal/publishing/history.ts');
const { approveTranslation, bulkApprove, listReviewQueue, rejectTranslation, reviewEdit } = await import('@/lib/dal/translating/reviews.ts');
const { findViewerBySession } = await import('@/lib/dal/accounts/sessions.ts');
const { updateArticleSource } = await import('@/lib/dal/articles/source-updates.ts');
const { saveTranslation } = await import('@/lib/dal/translating/translations.ts');
const { disableUser } = await import('@/lib/dal/accounts/users.ts');
const { systemViewer } = await import('@/lib/dal/core/viewer-types.ts');
const { InvalidTransitionError, NotFoundError } = await import('@/lib/errors.ts');
const { translationStatuses } = await import('@/lib/domain/workflow.ts');
const { makeUser } = await import('../../support/factories.ts');
const { currentVersion, translateAndSubmit } = await import('../../support/review-fixtures.ts');
const approveRoute = await import('@/app/api/v1/segments/[id]/approve/route.ts');
const rejectRoute = await import('@/app/api/v1/segments/[id]/reject/route.ts');
const reviewEditRoute = await import('@/app/api/v1/segments/[id]/review-edit/route.ts');
const bulkRoute = await import('@/app/api/v1/review/bulk-approve/route.ts');
const queueRoute = await import('@/app/api/v1/review/queue/route.ts');
const publishRoute = await import('@/app/api/v1/articles/[slug]/publish/route.ts');
const unpublishRoute = await import('@/app/api/v1/articles/[slug]/unpublish/route.ts');
const publicationsRoute = await import('@/app/api/v1/articles/[slug]/publications/route.ts');
const publishActions = await import('@/app/(workspace)/workspace/articles/[slug]/publish-actions.ts');

type Status = (typeof translationStatuses)[number];
const roleNames = ['anonymous', 'disabled reviewer', 'unassigned translator', 'assigned translator', 'reviewer', 'admin'] as const;
type RoleName = (typeof roleNames)[number];
const actions = ['approve', 'reject', 'review-edit', 'bulk approve', 'publish', 'unpublish', 'list publications', 'queue'] as const;
type Action = (typeof actions)[number];
type Outcome = 'allowed' | 'not found' | 'invalid transition' | 'refused in the result';

const viewers = {} as Record<RoleName, Viewer | null>;
let writer: Viewer;
let decider: Viewer;

beforeAll(async () => {
  const assigned = await makeUser('translator');
  const unassigned = await makeUser('translator');
  const reviewer = await makeUser('reviewer');
  const admin = await makeUser('admin');
  const disabled = await makeUser('reviewer');
  await disableUser(systemViewer, disabled.user.id);
  writer = assigned.viewer;
  decider = (await makeUser('reviewer')).viewer;
  Object.assign(viewers, {
    anonymous: null,
    // What a session of a disabled account resolves to: nobody.
    'disabled reviewer': await findViewerBySession({ userId: disabled.user.id, sessionVersion: 1 }),
    'unassigned translator': unassigned.viewer,
    'assigned translator': assigned.viewer,
    reviewer: reviewer.viewer,
    admin: admin.viewer,
  });
  expect(viewers['disabled reviewer']).toBeNull();
});

let articles = 0;

/** A published one-paragraph article whose translation, written by the assigned translator, is in `status`. */
async function articleIn(status: Status) {
  articles += 1;
  const slug = `matrix-${articles}`;
  await importArticle(systemViewer, { markdown: 'Rivers shape valleys.\n', slug });
  await assignUser(systemViewer, slug, writer.id!);
  const { id: segmentId, articleId } = await db.segment.findFirstOrThrow({ where: { article: { slug } }, select: { id: true, articleId: true } });
  await db.publication.create({ data: { articleId, number: 1, title: slug, titleZh: slug, snapshot: JSON.stringify({ title: slug, titleZh: slug, sourceUrl: null, author: null, credits: { translators: [], reviewers: [] }, pairs: [] }) } });
  await db.article.update({ where: { id: articleId }, data: { status: 'published' } });
  if (status !== 'untranslated') {
    if (status === 'draft') {
      await saveTranslation(writer, segmentId, { text: '河流塑造山谷。', version: 0 });
    } else {
      const version = await translateAndSubmit(writer, segmentId, '河流塑造山谷。');
      if (status === 'approved' || status === 'outdated') await approveTranslation(decider, segmentId, { version });
      if (status === 'rejected') await rejectTranslation(decider, segmentId, { version, category: 'style', severity: 'minor', comment: '再改改' });
      if (status === 'outdated') await updateArticleSource(systemViewer, slug, 'Rivers slowly shape valleys.\n');
    }
  }
  const translation = await db.translation.findUniqueOrThrow({ where: { segmentId }, select: { status: true } });
  expect(translation.status).toBe(status);
  return { slug, segmentId, version: await currentVersion(segmentId) };
}

/** Everything a review or publish action could change. */
async function databaseState(slug: string, segmentId: string) {
  return {
    article: await db.article.findUniqueOrThrow({ where: { slug }, select: { status: true } }),
    translation: await db.translation.findUniqueOrThrow({ where: { segmentId }, select: { text: true, status: true, version: true } }),
    revisions: await db.revision.count({ where: { translation: { segmentId } } }),
    reviewNotes: await db.reviewNote.count(),
    publications: await db.publication.count({ where: { article: { slug } } }),
    notifications: await db.notification.count(),
    auditEvents: await db.auditEvent.count(),
  };
}

const mayReview = (role: RoleName) => role === 'reviewer' || role === 'admin';
const reads = new Set<Action>(['list publications', 'queue']);

function expectedOutcome(role: RoleName, action: Action, status: Status): Outcome {
  if (!mayReview(role)) return 'not found';
  switch (action) {
    case 'approve':
    case 'reject':
    case 'review-edit':
      return status === 'submitted' ? 'allowed' : 'invalid transition';
    case 'bulk approve':
      return status === 'submitted' ? 'allowed' : 'refused in the result';
    case 'publish':
      return status === 'approved' ? 'allowed' : 'invalid transition';
    case 'unpublish':
    case 'list publications':
    case 'queue':
      return 'allowed';
    default:
      return action satisfies never;
  }
}

type Case = { slug: string; segmentId: string; version: number };
const feedback = { category: 'accuracy', severity: 'major', comment: '意思不对' } as const;

/** Calls the data-access layer and reports what happened in the matrix's terms. */
async function throughDal(viewer: Viewer | null, action: Action, { slug, segmentId, version }: Case): Promise<Outcome> {
  const as = viewer as Viewer;
  try {
    switch (action) {
      case 'approve':
        await approveTranslation(as, segmentId, { version });
        break;
      case 'reject':
        await rejectTranslation(as, segmentId, { version, ...feedback });
        break;
      case 'review-edit':
        await reviewEdit(as, segmentId, { text: '河流慢慢塑造山谷。', version: version });
        break;
      case 'bulk approve': {
        const result = await bulkApprove(as, { items: [{ segmentId, version }] });
        return result.approved.length === 1 ? 'allowed' : 'refused in the result';
      }
      case 'publish':
        await publishArticle(as, slug);
        break;
      case 'unpublish':
        await unpublishArticle(as, slug);
        break;
      case 'list publications':
        expect((await listPublications(as, slug)).publications).toHaveLength(1);
        break;
      case 'queue': {
        const queued = (await listReviewQueue(as)).flatMap((group) => group.items.map((item) => item.segmentId));
        expect(queued.includes(segmentId)).toBe((await db.translation.findUniqueOrThrow({ where: { segmentId } })).status === 'submitted');
        break;
      }
    }
    return 'allowed';
  } catch (error) {
    if (error instanceof InvalidTransitionError) return 'invalid transition';
    if (error instanceof NotFoundError) return 'not found';
    throw error;
  }
}

const post = (body: unknown) => new Request('http://duet.test/api', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const get = () => new Request('http://duet.test/api');
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });

/** Calls the JSON API as the viewer's session would; returns the status and body. */
async function throughApi(viewer: Viewer | null, action: Action, { slug, segmentId, version }: Case) {
  session.viewer = viewer;
  const response = await {
    approve: () => approveRoute.POST(post({ version }), params({ id: segmentId })),
    reject: () => rejectRoute.POST(post({ version, ...feedback }), params({ id: segmentId })),
    'review-edit': () => reviewEditRoute.POST(post({ text: '河流慢慢塑造山谷。', baseVersion: version }), params({ id: segmentId })),
    'bulk approve': () => bulkRoute.POST(post({ items: [{ segmentId, version }] }), params({})),
    publish: () => publishRoute.POST(post({}), params({ slug })),
    unpublish: () => unpublishRoute.POST(post({}), params({ slug })),
    'list publications': () => publicationsRoute.GET(get(), params({ slug })),
    queue: () => queueRoute.GET(get(), params({})),
  }[action]();
  return { status: response.status, body: (await response.json()) as { approved?: unknown[] } };
}

const httpStatus = { allowed: [200, 201], 'not found': [404], 'invalid transition': [409], 'refused in the result': [200] } as const;

const cases = roleNames.flatMap((role) => actions.flatMap((action) => translationStatuses.map((status) => ({ role, action, status }))));

describe.each(cases)('$role: $action from $status', ({ role, action, status }) => {
  const expected = expectedOutcome(role, action, status);

  it(`through the data-access layer: ${expected}`, async () => {
    const target = await articleIn(status);
    const before = await databaseState(target.slug, target.segmentId);
    expect(await throughDal(viewers[role], action, target)).toBe(expected);
    if (expected !== 'allowed' || reads.has(action)) expect(await databaseState(target.slug, target.segmentId)).toEqual(before);
    else expect(await databaseState(target.slug, target.segmentId)).not.toEqual(before);
  });

  // The doors differ only in how they report; two statuses on each side of every rule suffice.
  if (status === 'submitted' || status === 'approved') {
    it(`through the API: ${role === 'anonymous' || role === 'disabled reviewer' ? 'unauthenticated' : expected}`, async () => {
      const target = await articleIn(status);
      const before = await databaseState(target.slug, target.segmentId);
      const { status: code, body } = await throughApi(viewers[role], action, target);
      if (viewers[role] === null) expect(code).toBe(401);
      else expect(httpStatus[expected]).toContain(code);
      if (expected === 'refused in the result') expect(body.approved).toEqual([]);
      if (expected !== 'allowed' || reads.has(action)) expect(await databaseState(target.slug, target.segmentId)).toEqual(before);
    });
  }

  if ((action === 'publish' || action === 'unpublish') && (status === 'submitted' || status === 'approved')) {
    it(`through the Server Action: ${viewers[role] === null ? 'unauthenticated' : expected}`, async () => {
      const target = await articleIn(status);
      const before = await databaseState(target.slug, target.segmentId);
      session.viewer = viewers[role];
      const result = await (action === 'publish' ? publishActions.publishArticleAction : publishActions.unpublishArticleAction)({ slug: target.slug });
      const code = viewers[role] === null ? 'unauthenticated' : { allowed: null, 'not found': 'not_found', 'invalid transition': 'invalid_transition', 'refused in the result': null }[expected];
      expect(result.ok ? null : result.code).toBe(code);
      if (!result.ok) expect(await databaseState(target.slug, target.segmentId)).toEqual(before);
    });
  }
});
