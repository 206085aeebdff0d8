import { describe, expect, it } from 'vitest';
import { listAuditActions, listAuditEvents } from '@/lib/dal/core/audit.ts';
import { fillDrafts } from '@/lib/dal/translating/suggestions.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { auditSentence, subjectsOfEvent } from '@/lib/domain/audit-sentence.ts';
import { createTranslator } from '@/lib/i18n/translate.ts';
import { en } from '@/lib/i18n/messages/en.ts';
import { zhCN } from '@/lib/i18n/messages/zh-CN.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { approveTranslation, rejectTranslation } from '@/lib/dal/translating/reviews.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { makeArticle, translateAndSubmit } from '../../support/review-fixtures.ts';

describe('the audit log', () => {
  it('records review decisions, publishing and settings changes, and admins browse it newest first by action and actor', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('audited', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    await rejectTranslation(reviewer.viewer, segment!, { version, category: 'style', severity: 'minor', comment: '再润色' });
    const resubmitted = await translateAndSubmit(translator.viewer, segment!, '润色后的译文。');
    await approveTranslation(reviewer.viewer, segment!, { version: resubmitted });
    await publishArticle(reviewer.viewer, 'audited');
    await unpublishArticle(reviewer.viewer, 'audited');
    await updateSettings(admin.viewer, { 'reviewers.selfApprove': true });

    const byReviewer = await listAuditEvents(admin.viewer, { actorId: reviewer.user.id, limit: 10 });
    expect(byReviewer.events.map((event) => event.action)).toEqual(['article.unpublish', 'article.publish', 'translation.approve', 'translation.reject']);
    expect(byReviewer.events[3]).toMatchObject({ actor: { id: reviewer.user.id, name: reviewer.user.name }, targetType: 'segment', targetId: segment, detail: { category: 'style', severity: 'minor' } });
    expect(byReviewer.nextCursor).toBeNull();
    expect((await listAuditEvents(admin.viewer, { action: 'settings.update', limit: 10 })).events.map((event) => event.actor?.id)).toEqual([admin.user.id]);
    expect(await listAuditActions(admin.viewer)).toEqual(expect.arrayContaining(['article.import', 'article.assign', 'translation.approve', 'settings.update', 'user.create']));
  });

  it('pages through every event exactly once with the cursor', async () => {
    const admin = await makeUser('admin');
    for (let i = 0; i < 7; i += 1) await makeUser('translator');
    const all = await listAuditEvents(admin.viewer, { action: 'user.create', limit: 200 });
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await listAuditEvents(admin.viewer, { action: 'user.create', limit: 3, ...(before && { before }) });
      seen.push(...page.events.map((event) => event.id));
      if (!page.nextCursor) break;
      before = page.nextCursor;
    }
    expect(seen).toEqual(all.events.map((event) => event.id));
    expect(new Set(seen).size).toBeGreaterThanOrEqual(8);
    const times = all.events.map((event) => event.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('reads as sentences with names, and filters by article, segment entries included', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('audit-sentences', undefined, { assign: [translator.user.id] });
    await makeArticle('audit-elsewhere');
    await assignUser(reviewer.viewer, 'audit-elsewhere', translator.user.id);
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    await approveTranslation(reviewer.viewer, segment!, { version });
    const { db } = await import('@/lib/dal/core/db.ts');
    const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug: 'audit-sentences' }, select: { id: true } });

    const { events } = await listAuditEvents(admin.viewer, { articleId, limit: 50 });
    // The article's own entries and its segments' ones; nothing about the other article.
    expect(events.map((event) => event.action)).toEqual(['translation.approve', 'article.assign', 'article.import']);
    const t = createTranslator(en, 'en');
    const labels = { system: 'System', unknownArticle: 'a deleted article', unknownUser: 'a deleted user', role: (role: string) => role };
    const sentences = events.map((event) => {
      const sentence = auditSentence(event, subjectsOfEvent(event), labels);
      return t(sentence.key, sentence.vars);
    });
    expect(sentences).toEqual([
      `${reviewer.user.name} approved a translation in “audit-sentences”`,
      `System assigned ${translator.user.name} to “audit-sentences”`,
      'System imported “audit-sentences” (1 segment)',
    ]);
    expect(events[0]!.subjects).toEqual({ article: { slug: 'audit-sentences', title: 'audit-sentences' }, user: null, repository: null });
    await expect(listAuditEvents(admin.viewer, { articleId: '%', limit: 10 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('shows the batches of one pre-translation run as one entry with their counts added up', async () => {
    const admin = await makeUser('admin');
    const reviewer = await makeUser('reviewer');
    const segments = await makeArticle('audit-run', ['One.', 'Two.', 'Three.']);
    const { db } = await import('@/lib/dal/core/db.ts');
    const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug: 'audit-run' }, select: { id: true } });
    const draft = (segmentId: string, text: string) => ({ segmentId, version: 0, text });
    await fillDrafts(reviewer.viewer, 'audit-run', [draft(segments[0]!, '一。'), draft(segments[1]!, '二。')], 'machine', 'run-aaaaaaaa');
    await fillDrafts(reviewer.viewer, 'audit-run', [draft(segments[2]!, '三。')], 'machine', 'run-aaaaaaaa');
    await fillDrafts(reviewer.viewer, 'audit-run', [], 'memory', 'run-bbbbbbbb');

    const { events } = await listAuditEvents(admin.viewer, { articleId, action: 'translation.pretranslate', limit: 10 });
    expect(events.map((event) => event.detail)).toEqual([
      { from: 'memory', filled: 0, run: 'run-bbbbbbbb' },
      { from: 'machine', filled: 3, run: 'run-aaaaaaaa', batches: 2 },
    ]);
    // Stored as written: one row per batch.
    expect(await db.auditEvent.count({ where: { action: 'translation.pretranslate', targetId: articleId } })).toBe(3);
  });

  it('words every recorded action in both languages, and an unknown one plainly', () => {
    const subjects = { actor: 'Lin', article: 'Bridges', user: 'Mei', repository: 'blog' };
    const labels = { system: 'System', unknownArticle: '?', unknownUser: '?', role: (role: string) => role };
    const approveAll = auditSentence({ action: 'translation.approve_all', detail: { approved: 12, skipped: 1 } }, subjects, labels);
    expect(createTranslator(en, 'en')(approveAll.key, approveAll.vars)).toBe('Lin approved 12 translations in “Bridges” at once (1 skipped)');
    expect(createTranslator(zhCN, 'zh-CN')(approveAll.key, approveAll.vars)).toBe('Lin 一次通过了《Bridges》中的 12 段译文（跳过 1 段）');
    const unknown = auditSentence({ action: 'future.thing', detail: {} }, subjects, labels);
    expect(createTranslator(en, 'en')(unknown.key, unknown.vars)).toBe('Lin: future.thing');
    // A deleted article is named from what its entry kept.
    const deleted = auditSentence({ action: 'article.delete', detail: { slug: 'old', title: 'Old post' } }, { ...subjects, article: null }, labels);
    expect(createTranslator(en, 'en')(deleted.key, deleted.vars)).toBe('Lin deleted “Old post”');
  });

  it('is for admins only', async () => {
    const reviewer = await makeUser('reviewer');
    const admin = await makeUser('admin');
    await expect(listAuditEvents(reviewer.viewer, { limit: 10 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditActions(reviewer.viewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditEvents(admin.viewer, { limit: 1000 })).rejects.toBeInstanceOf(ValidationError);
  });
});
