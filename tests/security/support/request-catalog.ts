import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fixture, RoleName, Variant } from './matrix-fixture.ts';
import { makeRemote } from '../../support/git-remote.ts';

/*
 * What the security suites call: one valid request for every /api/v1 route and every Server Action,
 * with who may make it (tests/security/authorization-matrix.test.ts proves that exactly they can, and
 * tests/security/fuzz-requests.test.ts turns each into malformed ones), and the route handlers and
 * actions found on disk.
 */

/** Who succeeds; everyone else is refused. `mine` = only the assigned translator, others get 2xx but change nothing. */
export type Who = 'everyone' | 'signed in' | 'editors' | 'staff' | 'admin' | 'nobody' | 'mine';
export type State = 'default' | 'editAnyArticle';

export function allowed(who: Who, role: RoleName, state: State): boolean {
  const editors: RoleName[] = ['assigned translator', 'reviewer', 'admin', ...(state === 'editAnyArticle' ? (['unassigned translator'] as const) : [])];
  switch (who) {
    case 'everyone':
      return true;
    case 'signed in':
      return ['unassigned translator', 'assigned translator', 'reviewer', 'admin'].includes(role);
    case 'editors':
      return editors.includes(role);
    case 'staff':
      return role === 'reviewer' || role === 'admin';
    case 'admin':
      return role === 'admin';
    case 'mine':
      return role === 'assigned translator';
    case 'nobody':
      return false;
    default:
      return who satisfies never;
  }
}

export type RouteCall = { params?: Record<string, string>; query?: Record<string, string>; json?: unknown; body?: string; type?: string };
export type RouteRow = {
  who: Who;
  variant?: Variant;
  /** For lists: a refused caller gets 200, scoped so that this text (from the fixture) is absent. */
  scopedMarker?: (fixture: Fixture) => string;
  call: (fixture: Fixture) => RouteCall;
};
export type ActionRow = { who: Who; variant?: Variant; input: (fixture: Fixture) => unknown };

const feedback = { category: 'accuracy', severity: 'major', comment: '意思不对' } as const;
const tmx = '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Arch bridge</seg></tuv><tuv xml:lang="zh-CN"><seg>拱桥</seg></tuv></tu></body></tmx>';

/** Keyed by the route's folder under app/api and its method. */
export const routeRows: Record<string, RouteRow | { skip: string }> = {
  'auth/[...nextauth] GET': { skip: 'next-auth sign-in endpoints: tests/unit/dal/sessions.test.ts and tests/e2e/security.spec.ts' },
  'auth/[...nextauth] POST': { skip: 'next-auth sign-in endpoints: tests/unit/dal/sessions.test.ts and tests/e2e/security.spec.ts' },
  'v1/[...path] GET': { who: 'nobody', call: () => ({ params: { path: 'users' } }) },
  'v1/[...path] POST': { who: 'nobody', call: () => ({ params: { path: 'users' }, json: { role: 'admin' } }) },
  'v1/[...path] PUT': { who: 'nobody', call: () => ({ params: { path: 'users' }, json: {} }) },
  'v1/[...path] PATCH': { who: 'nobody', call: () => ({ params: { path: 'users' }, json: {} }) },
  'v1/[...path] DELETE': { who: 'nobody', call: () => ({ params: { path: 'users' } }) },
  'v1/articles GET': { who: 'editors', scopedMarker: (f) => f.slug, call: () => ({}) },
  'v1/articles POST': { who: 'staff', call: (f) => ({ json: { markdown: 'A new post.\n', slug: `${f.slug}-new` } }) },
  'v1/articles/[slug] GET': { who: 'editors', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug] DELETE': { who: 'admin', call: (f) => ({ params: { slug: f.slug }, json: { confirm: f.slug } }) },
  'v1/articles/[slug]/archive POST': { who: 'admin', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug]/archive DELETE': { who: 'admin', variant: 'archived', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug]/replace POST': { who: 'editors', call: (f) => ({ params: { slug: f.slug }, json: { find: '维护', replace: '保养' } }) },
  'v1/articles/[slug]/export GET': { who: 'editors', call: (f) => ({ params: { slug: f.slug }, query: { format: 'bilingual' } }) },
  'v1/articles/[slug]/publications GET': { who: 'staff', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug]/publications/[number] GET': { who: 'staff', call: (f) => ({ params: { slug: f.slug, number: '1' } }) },
  'v1/articles/[slug]/publish POST': { who: 'staff', variant: 'publishable', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug]/unpublish POST': { who: 'staff', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/articles/[slug]/submit-all POST': { who: 'editors', call: (f) => ({ params: { slug: f.slug }, json: {} }) },
  'v1/articles/[slug]/approve-all POST': { who: 'staff', call: (f) => ({ params: { slug: f.slug }, json: { segmentIds: [f.segments.stone] } }) },
  'v1/articles/[slug]/assignments POST': { who: 'staff', call: (f) => ({ params: { slug: f.slug }, json: { email: `active-${f.slug}@example.test` } }) },
  'v1/articles/[slug]/assignments/[email] DELETE': { who: 'staff', call: (f) => ({ params: { slug: f.slug, email: f.writerEmail } }) },
  'v1/articles/[slug]/xliff POST': {
    who: 'editors',
    call: (f) => ({
      params: { slug: f.slug },
      query: { dryRun: '1' },
      type: 'application/xliff+xml',
      body: `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN"><file id="${f.slug}"/></xliff>`,
    }),
  },
  'v1/articles/[slug]/pretranslate POST': { who: 'editors', call: (f) => ({ params: { slug: f.slug }, json: { from: 'machine' } }) },
  'v1/segments/[id]/suggestions GET': { who: 'editors', call: (f) => ({ params: { id: f.segments.stone } }) },
  'v1/articles/[slug]/source POST': { who: 'staff', call: (f) => ({ params: { slug: f.slug }, json: { markdown: '# Bridges\n\nAll bridges age.\n' } }) },
  'v1/audit GET': { who: 'admin', call: () => ({}) },
  'v1/checks POST': { who: 'signed in', call: () => ({ json: { source: 'Call 3 times.', target: '调用两次。' } }) },
  'v1/comments/[id] PATCH': { who: 'editors', call: (f) => ({ params: { id: f.commentId }, json: { resolved: true } }) },
  'v1/glossary GET': { who: 'signed in', call: () => ({}) },
  'v1/glossary POST': { who: 'admin', call: (f) => ({ json: { source: `trestle ${f.slug}`, target: '栈桥' } }) },
  'v1/me GET': { who: 'signed in', call: () => ({}) },
  'v1/memory GET': { who: 'signed in', call: () => ({ query: { q: 'Stone bridges last.' } }) },
  'v1/memory POST': { who: 'admin', call: () => ({ body: tmx, type: 'application/xml' }) },
  'v1/notifications GET': { who: 'mine', scopedMarker: (f) => f.notificationMarker, call: () => ({}) },
  'v1/notifications/read POST': { who: 'mine', call: (f) => ({ json: { ids: [f.notificationId] } }) },
  'v1/public/articles GET': { who: 'everyone', variant: 'published', call: () => ({}) },
  'v1/public/articles/[slug] GET': { who: 'everyone', variant: 'published', call: (f) => ({ params: { slug: f.slug } }) },
  'v1/review/bulk-approve POST': { who: 'staff', call: (f) => ({ json: { items: [{ segmentId: f.segments.stone, version: f.versions.stone }] } }) },
  'v1/review/queue GET': { who: 'staff', call: () => ({}) },
  'v1/segments/[id]/approve POST': { who: 'staff', call: (f) => ({ params: { id: f.segments.stone }, json: { version: f.versions.stone } }) },
  'v1/segments/[id]/comments GET': { who: 'editors', call: (f) => ({ params: { id: f.segments.stone } }) },
  'v1/segments/[id]/comments POST': { who: 'editors', call: (f) => ({ params: { id: f.segments.stone }, json: { body: 'Agreed.' } }) },
  'v1/segments/[id]/keep POST': { who: 'editors', variant: 'outdated', call: (f) => ({ params: { id: f.segments.stone }, json: { version: f.versions.stone } }) },
  'v1/segments/[id]/reject POST': { who: 'staff', call: (f) => ({ params: { id: f.segments.stone }, json: { version: f.versions.stone, ...feedback } }) },
  'v1/segments/[id]/revert POST': { who: 'editors', call: (f) => ({ params: { id: f.segments.wooden }, json: { toVersion: 1, version: f.versions.wooden } }) },
  'v1/segments/[id]/review-edit POST': { who: 'staff', call: (f) => ({ params: { id: f.segments.stone }, json: { text: '石桥能屹立三百年。', baseVersion: f.versions.stone } }) },
  'v1/segments/[id]/revisions GET': { who: 'editors', call: (f) => ({ params: { id: f.segments.stone } }) },
  'v1/segments/[id]/submit POST': { who: 'editors', call: (f) => ({ params: { id: f.segments.wooden }, json: { version: f.versions.wooden } }) },
  'v1/segments/[id]/translation PUT': { who: 'editors', call: (f) => ({ params: { id: f.segments.wooden }, json: { text: '木桥年年要保养。', baseVersion: f.versions.wooden } }) },
  'v1/segments/[id]/waivers POST': {
    who: 'staff',
    call: (f) => ({ params: { id: f.segments.stone }, json: { version: f.versions.stone, checkId: 'numbers', reason: '“几百年”是意译' } }),
  },
  'v1/settings GET': { who: 'admin', call: () => ({}) },
  'v1/settings PATCH': { who: 'admin', call: () => ({ json: { 'reviewers.selfApprove': true } }) },
};

/** Every account of the cast has makeUser's default password; clearFixtures puts it back after a change. */
const castPassword = 'correct horse battery';
const passwordChange = (f: Fixture) => ({ currentPassword: castPassword, newPassword: `new password ${f.slug}`, confirmPassword: `new password ${f.slug}` });

const glossaryFile = () => new File(['english,chinese\nsuspension bridge,悬索桥\n'], 'glossary.csv', { type: 'text/csv' });

/** Keyed by the 'use server' file and the exported action's name. */
export const actionRows: Record<string, ActionRow> = {
  'app/(auth)/signin/actions.ts#signInAction': { who: 'everyone', input: () => ({ email: 'a@example.test', password: 'x' }) },
  'app/(workspace)/actions.ts#signOutAction': { who: 'signed in', input: () => ({}) },
  'app/(workspace)/admin/glossary/actions.ts#createGlossaryTermAction': { who: 'admin', input: (f) => ({ source: `pontoon ${f.slug}`, target: '浮桥' }) },
  'app/(workspace)/admin/glossary/actions.ts#updateGlossaryTermAction': { who: 'admin', input: (f) => ({ id: f.termId, source: `viaduct ${f.slug}`, target: '高架桥梁' }) },
  'app/(workspace)/admin/glossary/actions.ts#deleteGlossaryTermAction': { who: 'admin', input: (f) => ({ id: f.termId }) },
  'app/(workspace)/admin/glossary/actions.ts#importGlossaryAction': { who: 'admin', input: () => ({ file: glossaryFile() }) },
  'app/(workspace)/admin/repositories/actions.ts#addRepositoryAction': {
    who: 'admin',
    input: () => ({ name: `new-${crypto.randomUUID().slice(0, 8)}`, url: makeRemote({ 'post.md': '# Post\n\nText.\n' }).url, sources: '*.md', translations: 'zh/{name}.md' }),
  },
  'app/(workspace)/admin/repositories/actions.ts#syncRepositoryAction': { who: 'admin', input: (f) => ({ name: f.repositoryName }) },
  'app/(workspace)/admin/repositories/actions.ts#pushRepositoryAction': { who: 'admin', input: (f) => ({ name: f.repositoryName, branch: `duet/${f.slug}` }) },
  'app/(workspace)/admin/repositories/actions.ts#setSyncIntervalAction': { who: 'admin', input: (f) => ({ name: f.repositoryName, syncIntervalMinutes: '60' }) },
  'app/(workspace)/admin/settings/actions.ts#updateSettingsAction': { who: 'admin', input: () => ({ 'reviewers.selfApprove': 'on' }) },
  'app/(workspace)/admin/users/actions.ts#createUserAction': { who: 'admin', input: (f) => ({ email: `new-${f.slug}@example.test`, name: 'New', role: 'admin' }) },
  'app/(workspace)/admin/users/actions.ts#setUserRoleAction': { who: 'admin', input: (f) => ({ userId: f.activeUserId, role: 'admin' }) },
  'app/(workspace)/admin/users/actions.ts#disableUserAction': { who: 'admin', input: (f) => ({ userId: f.activeUserId }) },
  'app/(workspace)/admin/users/actions.ts#enableUserAction': { who: 'admin', input: (f) => ({ userId: f.disabledUserId }) },
  'app/(workspace)/workspace/account/actions.ts#changePasswordAction': { who: 'signed in', input: passwordChange },
  'app/(workspace)/workspace/articles/[slug]/actions.ts#linkUnalignedBlockAction': { who: 'editors', input: (f) => ({ blockId: f.blockId, segmentId: f.segments.stone }) },
  'app/(workspace)/workspace/articles/[slug]/actions.ts#setSegmentTranslatableAction': { who: 'editors', input: (f) => ({ segmentId: f.segments.heading, translatable: false }) },
  'app/(workspace)/workspace/articles/[slug]/actions.ts#assignUserAction': { who: 'staff', input: (f) => ({ slug: f.slug, userId: f.unassignedUserId }) },
  'app/(workspace)/workspace/articles/[slug]/actions.ts#unassignUserAction': { who: 'staff', input: (f) => ({ slug: f.slug, userId: f.writerId }) },
  'app/(workspace)/workspace/articles/[slug]/admin-actions.ts#archiveArticleAction': { who: 'admin', input: (f) => ({ slug: f.slug }) },
  'app/(workspace)/workspace/articles/[slug]/admin-actions.ts#unarchiveArticleAction': { who: 'admin', variant: 'archived', input: (f) => ({ slug: f.slug }) },
  'app/(workspace)/workspace/articles/[slug]/admin-actions.ts#deleteArticleAction': { who: 'admin', input: (f) => ({ slug: f.slug, confirm: f.slug }) },
  'app/(workspace)/workspace/articles/[slug]/publish-actions.ts#publishArticleAction': { who: 'staff', variant: 'publishable', input: (f) => ({ slug: f.slug }) },
  'app/(workspace)/workspace/articles/[slug]/publish-actions.ts#listPublishBlockersAction': { who: 'staff', input: (f) => ({ slug: f.slug }) },
  'app/(workspace)/workspace/articles/[slug]/publish-actions.ts#unpublishArticleAction': { who: 'staff', input: (f) => ({ slug: f.slug }) },
  'app/(workspace)/workspace/import/actions.ts#previewImportAction': { who: 'staff', input: () => ({ markdown: 'Preview me.\n' }) },
  'app/(workspace)/workspace/import/actions.ts#importArticleAction': { who: 'staff', input: (f) => ({ markdown: 'Import me.\n', slug: `${f.slug}-imported` }) },
  'app/(workspace)/workspace/memory/actions.ts#importTmxAction': { who: 'admin', input: () => ({ file: new File([tmx], 'memory.tmx') }) },
  'app/(workspace)/workspace/memory/actions.ts#rebuildMemoryAction': { who: 'admin', input: () => ({}) },
  'app/(workspace)/workspace/notifications/actions.ts#markNotificationsReadAction': { who: 'mine', input: (f) => ({ id: f.notificationId }) },
  'app/actions.ts#setLocaleAction': { who: 'everyone', input: () => ({ locale: 'en' }) },
};

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

async function filesUnder(dir: string, accept: (file: string, text: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  const kept = await Promise.all(files.map(async (file) => (accept(file, await readFile(file, 'utf8')) ? file : null)));
  return kept.filter((file): file is string => file !== null).sort();
}

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route handler under app/api, keyed by its folder and method. Import the request mocks first. */
export async function loadRouteHandlers(): Promise<Map<string, Handler>> {
  const routeHandlers = new Map<string, Handler>();
  for (const file of await filesUnder('app/api', (file) => path.basename(file) === 'route.ts')) {
    const module = (await import(/* @vite-ignore */ path.resolve(file))) as Partial<Record<(typeof methods)[number], Handler>>;
    const folder = path.dirname(path.relative('app/api', file));
    for (const method of methods) if (typeof module[method] === 'function') routeHandlers.set(`${folder} ${method}`, module[method]);
  }
  return routeHandlers;
}

export type Action = (input: unknown) => Promise<{ ok: boolean; code?: string }>;

/** Every exported function of a 'use server' file under app, keyed by file and name. Import the request mocks first. */
export async function loadActions(): Promise<Map<string, Action>> {
  const actions = new Map<string, Action>();
  for (const file of await filesUnder('app', (_file, text) => text.trimStart().startsWith("'use server'"))) {
    const module = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === 'function') actions.set(`${file}#${name}`, value as Action);
  }
  return actions;
}

/** Half of a UTF-16 pair without its other half, which a URL cannot encode. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function buildRequest(key: string, call: RouteCall): Request {
  const [folder = '', method = 'GET'] = key.split(' ');
  const pathname = folder.replace(/\[\.\.\.(\w+)\]|\[(\w+)\]/g, (_match, rest: string, name: string) => encodeURIComponent((call.params?.[rest ?? name] ?? '').replace(LONE_SURROGATE, '\ufffd')));
  const url = new URL(`http://duet.test/api/${pathname}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const body = call.json !== undefined ? JSON.stringify(call.json) : call.body;
  const type = call.json !== undefined ? 'application/json' : call.type;
  return new Request(url, { method, body: body ?? null, headers: type ? { 'content-type': type } : {} });
}

/** redirect() throws; Next.js turns it into a navigation, which for the matrix is a success. */
export function redirectResult(error: unknown): { ok: boolean; code?: string } {
  const digest = (error as { digest?: string } | null)?.digest ?? '';
  if (digest.startsWith('NEXT_REDIRECT')) return { ok: true };
  throw error;
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string {
  return Object.keys(after).filter((table) => before[table] !== after[table]).join(', ');
}
