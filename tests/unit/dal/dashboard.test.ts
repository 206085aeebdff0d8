import { describe, expect, it } from 'vitest';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { workspaceDashboard } from '@/lib/dal/articles/dashboard.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion, makeArticle, translateAndSubmit } from '../../support/review-fixtures.ts';

describe('the workspace home', () => {
  it('shows each article’s stage, progress, assignees and the next step of whoever looks', async () => {
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    const [first, second] = await makeArticle('herons', ['Herons wade in shallow water.', 'They strike fast.', 'Then they wait.'], { assign: [translator.user.id] });
    await makeArticle('egrets', ['Egrets are white.']);
    await translateAndSubmit(translator.viewer, first!, '鹭在浅水中涉行。');
    await saveTranslation(translator.viewer, second!, { text: '它们出击迅速。', version: await currentVersion(second!) });

    const forTranslator = await workspaceDashboard(translator.viewer, 'all');
    expect(forTranslator.items.map((item) => item.slug)).toEqual(['herons']);
    expect(forTranslator.items[0]).toMatchObject({
      stage: 'in-progress',
      total: 3,
      translated: 2,
      counts: { submitted: 1, draft: 1, untranslated: 1, approved: 0 },
      assignees: [translator.user.name],
      mine: true,
      next: { kind: 'translate', count: 2 },
    });

    const forReviewer = await workspaceDashboard(reviewer.viewer, 'all');
    // Most recently active first: the herons were translated after both imports.
    expect(forReviewer.items.map((item) => item.slug)).toEqual(['herons', 'egrets']);
    expect(forReviewer.items[0]!.next).toEqual({ kind: 'review', count: 1 });
    expect(forReviewer.items[1]).toMatchObject({ stage: 'untranslated', assignees: [], mine: false });
    expect(forReviewer.counts).toEqual({ all: 2, mine: 0, 'needs-review': 1, outdated: 0, archived: 0 });
    expect((await workspaceDashboard(reviewer.viewer, 'needs-review')).items.map((item) => item.slug)).toEqual(['herons']);
  });

  it('says published until something changes, then outdated', async () => {
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('cranes', ['Cranes dance.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '鹤会跳舞。');
    await approveTranslation(reviewer.viewer, segment!, { version });
    expect((await workspaceDashboard(reviewer.viewer, 'all')).items[0]).toMatchObject({ stage: 'ready', next: { kind: 'publish' } });
    await publishArticle(reviewer.viewer, 'cranes');
    expect((await workspaceDashboard(reviewer.viewer, 'all')).items[0]).toMatchObject({ stage: 'published', next: { kind: 'none' } });

    await saveTranslation(translator.viewer, segment!, { text: '鹤会起舞。', version: await currentVersion(segment!) });
    const after = await workspaceDashboard(translator.viewer, 'outdated');
    expect(after.items.map((item) => item.slug)).toEqual(['cranes']);
    expect(after.items[0]).toMatchObject({ stage: 'outdated', next: { kind: 'translate', count: 1 } });
    await assignUser(systemViewer, 'cranes', reviewer.user.id);
    expect((await workspaceDashboard(reviewer.viewer, 'mine')).items.map((item) => item.slug)).toEqual(['cranes']);
  });
});
