import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { addComment } from '@/lib/dal/translating/comments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { createGlossaryTerm } from '@/lib/dal/memory/glossary.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { disableUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion, translateAndSubmit } from '../../support/review-fixtures.ts';
import { makeRemote } from '../../support/git-remote.ts';

/*
 * The world each authorization case runs in: the six kinds of caller, and a fresh article with a
 * translation in every interesting state, so that an allowed call really succeeds and a refused one
 * can be checked to have changed nothing.
 */

export const roleNames = ['anonymous', 'disabled user', 'unassigned translator', 'assigned translator', 'reviewer', 'admin'] as const;
export type RoleName = (typeof roleNames)[number];

type Account = { id: string; passwordHash: string; sessionVersion: number };

export type Cast = Record<RoleName, { userId: string; sessionVersion: number } | null> & {
  decider: Viewer;
  writer: Viewer;
  /** The cast's accounts as they were made, restored between cases (changing one's password ends one's sessions). */
  accounts: Account[];
};

export async function makeCast(): Promise<Cast> {
  const [assigned, unassigned, reviewer, admin, disabled, decider] = await Promise.all([
    makeUser('translator'),
    makeUser('translator'),
    makeUser('reviewer'),
    makeUser('admin'),
    makeUser('admin'),
    makeUser('reviewer'),
  ]);
  await disableUser(systemViewer, disabled.user.id);
  const claims = (user: { id: string }) => ({ userId: user.id, sessionVersion: 0 });
  const accounts = await db.user.findMany({
    where: { id: { in: [assigned, unassigned, reviewer, admin, disabled, decider].map((made) => made.user.id) } },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  return {
    anonymous: null,
    // An admin's still-valid cookie for an account that has since been disabled.
    'disabled user': claims(disabled.user),
    'unassigned translator': claims(unassigned.user),
    'assigned translator': claims(assigned.user),
    reviewer: claims(reviewer.user),
    admin: claims(admin.user),
    decider: decider.viewer,
    writer: assigned.viewer,
    accounts,
  };
}

/** default: a submitted and a draft segment; publishable: all approved; published: and published; outdated: one approved then changed; archived: default, archived by an admin. */
export type Variant = 'default' | 'publishable' | 'published' | 'outdated' | 'archived';

export type Fixture = Awaited<ReturnType<typeof makeFixture>>;

const english = '# Bridges\n\nStone bridges last for 300 years.\n\nWooden ones need care every year.\n';
const chinese = '# 桥\n\n石桥可以屹立三百年。\n\n> 译者注：赵州桥建于隋代。\n\n木桥每年都需要维护。\n';
let fixtures = 0;
let sharedRemote: string | undefined;

export async function makeFixture(cast: Cast, variant: Variant) {
  fixtures += 1;
  const slug = `authz-${fixtures}`;
  await importArticle(systemViewer, { markdown: english, translation: chinese, slug });
  await assignUser(systemViewer, slug, cast.writer.id!);
  const segments = await db.segment.findMany({ where: { article: { slug } }, orderBy: { position: 'asc' }, select: { id: true, articleId: true } });
  const [heading, stone, wooden] = segments.map((segment) => segment.id) as [string, string, string];
  const articleId = segments[0]!.articleId;
  // The submitted text drops the number, so the `numbers` check has an error a reviewer could waive.
  const submittedVersion = await translateAndSubmit(cast.writer, stone, '石桥可以屹立几百年。');
  await saveTranslation(cast.writer, wooden, { text: '木桥每年都要维护。', version: await currentVersion(wooden) });
  if (variant === 'publishable' || variant === 'published') {
    for (const [segmentId, text] of [[heading, '桥'], [stone, '石桥可以屹立 300 年。'], [wooden, '木桥每年都需要维护。']] as const) {
      await approveTranslation(cast.decider, segmentId, { version: await translateAndSubmit(cast.writer, segmentId, text) });
    }
  }
  if (variant === 'outdated') {
    await approveTranslation(cast.decider, stone, { version: submittedVersion });
    await updateArticleSource(systemViewer, slug, english.replace('Stone bridges', 'Old stone bridges'));
  }
  if (variant === 'published') await publishArticle(systemViewer, slug);
  if (variant === 'default' || variant === 'outdated') {
    await db.publication.create({ data: { articleId, number: 1, title: slug, titleZh: slug, snapshot: JSON.stringify({ title: slug, titleZh: slug, sourceUrl: null, author: null, credits: { translators: [], reviewers: [] }, pairs: [] }) } });
    await db.article.update({ where: { id: articleId }, data: { status: 'published' } });
  }
  const comment = await addComment(cast.writer, stone, { body: `Is “centuries” right here? ${slug}` });
  const notification = await db.notification.create({
    data: { userId: cast.writer.id!, kind: 'assigned', articleId, detail: JSON.stringify({ marker: `notice-${slug}` }) },
    select: { id: true },
  });
  const block = await db.unalignedBlock.findFirstOrThrow({ where: { articleId }, select: { id: true } });
  const term = await createGlossaryTerm(systemViewer, { source: `viaduct ${slug}`, target: '高架桥' });
  // Targets for the user-management actions; no password, so no slow hashing per case.
  const target = (state: string, disabledAt: Date | null) =>
    db.user.create({ data: { email: `${state}-${slug}@example.test`, name: state, role: 'translator', passwordHash: '!', disabledAt }, select: { id: true } });
  // A Git repository the article came from: every fixture's shares one bare remote on disk.
  sharedRemote ??= makeRemote({ 'post.md': english }).url;
  const repository = await db.repository.create({
    data: { name: `repo-${slug}-${crypto.randomUUID().slice(0, 8)}`, url: sharedRemote, sourcesGlob: '*.md', translationTemplate: 'zh/{name}.md' },
    select: { id: true, name: true },
  });
  await db.article.update({ where: { id: articleId }, data: { repositoryId: repository.id, repositoryPath: `${slug}.md` } });
  if (variant === 'archived') await db.article.update({ where: { id: articleId }, data: { archivedAt: new Date() } });
  const activeUser = await target('active', null);
  const disabledUser = await target('disabled', new Date());
  return {
    slug,
    segments: { heading, stone, wooden },
    versions: { stone: await currentVersion(stone), wooden: await currentVersion(wooden) },
    commentId: comment.id,
    notificationId: notification.id,
    notificationMarker: `notice-${slug}`,
    blockId: block.id,
    termId: term.id,
    repositoryName: repository.name,
    activeUserId: activeUser.id,
    disabledUserId: disabledUser.id,
    unassignedUserId: cast['unassigned translator']!.userId,
    writerId: cast.writer.id!,
    writerEmail: cast.writer.kind === 'user' ? cast.writer.email : '',
  };
}

export async function setEditAnyArticle(on: boolean): Promise<void> {
  await updateSettings(systemViewer, { 'translators.editAnyArticle': on });
}

const modelNames = [
  'user', 'apiToken', 'rateLimitHit', 'article', 'articleAssignment', 'sourceVersion', 'segment', 'translation',
  'unalignedBlock', 'revision', 'reviewNote', 'comment', 'publication', 'glossaryTerm', 'memoryEntry', 'memoryToken',
  'auditEvent', 'notification', 'checkWaiver', 'setting', 'repository',
] as const;

/** Every row of every table, as comparable text: a refused call must leave this exactly as it was. */
export async function snapshotDatabase(): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const model of modelNames) {
    const delegate = db[model] as unknown as { findMany: () => Promise<unknown[]> };
    const rows = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
    snapshot[model] = `${rows.length} rows, ${hash(rows.join('\n'))}`;
  }
  return snapshot;
}

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return (value >>> 0).toString(16);
}

export const databaseModels = modelNames;

/**
 * Empties every table but the cast's accounts and the settings between cases, children first, so
 * each case (and each snapshot) works on a small database.
 */
export async function clearFixtures(cast: Cast): Promise<void> {
  const keep = [...roleNames.map((role) => cast[role]?.userId), cast.decider.id, cast.writer.id].filter((id): id is string => Boolean(id));
  const order = [
    'checkWaiver', 'notification', 'auditEvent', 'memoryToken', 'memoryEntry', 'glossaryTerm', 'publication', 'comment',
    'reviewNote', 'unalignedBlock', 'revision', 'translation', 'segment', 'sourceVersion', 'articleAssignment', 'article',
    'rateLimitHit', 'apiToken',
  ] as const satisfies readonly (typeof modelNames)[number][];
  for (const model of order) await (db[model] as unknown as { deleteMany: () => Promise<unknown> }).deleteMany();
  await db.user.deleteMany({ where: { id: { notIn: keep } } });
  for (const { id, passwordHash, sessionVersion } of cast.accounts) {
    await db.user.updateMany({ where: { id, NOT: { passwordHash, sessionVersion } }, data: { passwordHash, sessionVersion } });
  }
}
