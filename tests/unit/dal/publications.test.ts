import { describe, expect, it, vi } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { diffPublications, getPublication, listPublications } from '@/lib/dal/publishing/history.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow, listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { approveTranslation, reviewEdit } from '@/lib/dal/translating/reviews.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { renderReadingRows } from '@/lib/domain/reader/reading-rows.ts';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '@/lib/errors.ts';
import { waiveFinding } from '@/lib/dal/translating/quality.ts';
import { makeUser } from '../../support/factories.ts';
import { makeArticle, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';

/** An article with two paragraphs, translated by a translator and approved by a reviewer. */
async function approvedArticle(slug: string) {
  const translator = await makeUser('translator');
  const reviewer = await makeUser('reviewer');
  const [first, second] = await makeArticle(slug, ['Rivers shape valleys.', 'Wind shapes dunes.'], { assign: [translator.user.id] });
  const texts = ['河流塑造山谷。', '风塑造沙丘。'];
  const versions: number[] = [];
  for (const [index, segment] of [first!, second!].entries()) {
    const version = await translateAndSubmit(translator.viewer, segment, texts[index]!);
    versions.push((await approveTranslation(reviewer.viewer, segment, { version })).version);
  }
  return { translator, reviewer, first: first!, second: second!, versions };
}

const publicationCount = (slug: string) => db.publication.count({ where: { article: { slug } } });

describe('publishing', () => {
  it('is refused while segments are unapproved, naming how many remain, and writes nothing', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [first] = await makeArticle('pub-pending', ['One.', 'Two.', 'Three.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, first!, '一。');
    await approveTranslation(reviewer.viewer, first!, { version });
    await expect(publishArticle(reviewer.viewer, 'pub-pending')).rejects.toThrow(/^2 segments are not approved yet/);
    expect(await publicationCount('pub-pending')).toBe(0);
    expect(await db.article.findUniqueOrThrow({ where: { slug: 'pub-pending' }, select: { status: true } })).toEqual({ status: 'draft' });
    await expect(getPublishedArticleOrThrow('pub-pending')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('writes an immutable snapshot with the approved text, credits and time, which readers then see', async () => {
    const { translator, reviewer } = await approvedArticle('pub-ok');
    const { number, publishedAt } = await publishArticle(reviewer.viewer, 'pub-ok');
    expect(number).toBe(1);
    const reader = await getPublishedArticleOrThrow('pub-ok');
    expect(reader.pairs.map((pair) => [pair.source, pair.target])).toEqual([
      ['Rivers shape valleys.', '河流塑造山谷。'],
      ['Wind shapes dunes.', '风塑造沙丘。'],
    ]);
    expect(reader.credits).toEqual({ translators: [translator.user.name], reviewers: [reviewer.user.name] });
    expect(reader.publishedAt).toEqual(publishedAt);
    expect((await getPublication(reviewer.viewer, 'pub-ok', 1)).snapshot.publishedAt).toBe(publishedAt.toISOString());
    expect((await listPublishedArticles()).map((article) => article.slug)).toContain('pub-ok');
    expect(await db.auditEvent.count({ where: { action: 'article.publish', actorId: reviewer.user.id } })).toBe(1);
  });

  it('keeps where each text stood in the two files, and the Chinese blocks no English one matched, for the reader', async () => {
    const reviewer = await makeUser('reviewer');
    await importArticle(
      systemViewer,
      {
        slug: 'pub-layout',
        markdown: '---\ntitle: Lenses\n---\nInstall it:\n\n    pip install optics\n\n1. Grind.\n1. Polish.\n',
        translation: '---\ntitle: 透镜\n---\n安装：\n\n    pip install optics\n\n译者注：需要 Python。\n\n1. 研磨。\n1. 抛光。\n',
      },
      { approveImported: true },
    );
    await publishArticle(reviewer.viewer, 'pub-layout');
    const article = await getPublishedArticleOrThrow('pub-layout');
    expect(article.pairs.map((pair) => [pair.source, pair.target, pair.spacing])).toEqual([
      ['Install it:', '安装：', { source: '\n', target: '\n' }],
      ['pip install optics', null, { source: '\n\n    ', target: '\n\n    ' }],
      ['1. Grind.', '1. 研磨。', { source: '\n\n', target: '\n\n' }],
      ['1. Polish.', '1. 抛光。', { source: '\n', target: '\n' }],
    ]);
    expect(article.unaligned).toEqual([{ afterPosition: 2, text: '译者注：需要 Python。', spacing: '\n\n' }]);
    expect(renderReadingRows(article).map((row) => [row.position, row.sourceHtml, row.targetHtml])).toEqual([
      [1, '<p>Install it:</p>', '<p>安装：</p>'],
      [2, '<pre><code>pip install optics\n</code></pre>', null],
      [null, null, '<p>译者注：需要 Python。</p>'],
      [3, '<ol>\n<li>Grind.</li>\n</ol>', '<ol>\n<li>研磨。</li>\n</ol>'],
      [4, '<ol start="2">\n<li>Polish.</li>\n</ol>', '<ol start="2">\n<li>抛光。</li>\n</ol>'],
    ]);
  });

  it('credits a reviewer who corrected the text as a reviewer, not as a translator', async () => {
    const translator = await makeUser('translator');
    const [editor, approver] = [await makeUser('reviewer'), await makeUser('reviewer')];
    const [segment] = await makeArticle('pub-credits', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '河流随时间塑造山谷。');
    const edited = await reviewEdit(editor.viewer, segment!, { text: '河流经年累月地塑造山谷。', version: version });
    await approveTranslation(approver.viewer, segment!, { version: edited.version });
    await publishArticle(approver.viewer, 'pub-credits');
    expect((await getPublishedArticleOrThrow('pub-credits')).credits).toEqual({
      translators: [translator.user.name],
      reviewers: [editor.user.name, approver.user.name],
    });
  });

  it('keeps later edits from readers until the next publish, and refuses that publish until they are approved', async () => {
    const { translator, reviewer, first, versions } = await approvedArticle('pub-later-edit');
    await publishArticle(reviewer.viewer, 'pub-later-edit');
    await saveTranslation(translator.viewer, first, { text: '未经审校的新译文。', version: versions[0]! });

    expect((await getPublishedArticleOrThrow('pub-later-edit')).pairs[0]!.target).toBe('河流塑造山谷。');
    await expect(publishArticle(reviewer.viewer, 'pub-later-edit')).rejects.toThrow(/^1 segment is not approved yet/);
    expect(await publicationCount('pub-later-edit')).toBe(1);
  });

  it('refuses to publish when a save lands after the approval, keeping the saved text out of every snapshot', async () => {
    const { translator, reviewer, second, versions } = await approvedArticle('pub-after-approval');
    await saveTranslation(translator.viewer, second, { text: '批准之后才改的。', version: versions[1]! });
    await expect(publishArticle(reviewer.viewer, 'pub-after-approval')).rejects.toThrow(/^1 segment is not approved yet/);
    expect(await publicationCount('pub-after-approval')).toBe(0);
    await expect(getPublishedArticleOrThrow('pub-after-approval')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never publishes text nobody approved when an edit races the publish', async () => {
    for (let round = 0; round < 5; round += 1) {
      const slug = `pub-race-${round}`;
      const { translator, reviewer, first, versions } = await approvedArticle(slug);
      const [published] = await Promise.allSettled([
        publishArticle(reviewer.viewer, slug),
        saveTranslation(translator.viewer, first, { text: '抢在发布前的修改。', version: versions[0]! }),
      ]);
      const publications = await db.publication.findMany({ where: { article: { slug } }, select: { snapshot: true } });
      if (published.status === 'fulfilled') {
        expect(publications).toHaveLength(1);
        const snapshot = JSON.parse(publications[0]!.snapshot) as { pairs: Array<{ target: string }> };
        expect(snapshot.pairs.map((pair) => pair.target)).toEqual(['河流塑造山谷。', '风塑造沙丘。']);
      } else {
        expect(published.reason).toBeInstanceOf(InvalidTransitionError);
        expect(publications).toEqual([]);
      }
    }
  });

  it('is refused while a quality check reports an error, until it is fixed or a reviewer waives it for that version', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [link, code] = await makeArticle('pub-checks', ['See [the guide](https://example.org/guide).', 'Run `make test` first.'], { assign: [translator.user.id] });
    // The link lost its target and the code span was translated: two errors.
    for (const [segment, text] of [[link!, '见指南。'], [code!, '先运行 `运行测试`。']] as const) {
      await approveTranslation(reviewer.viewer, segment, { version: await translateAndSubmit(translator.viewer, segment, text) });
    }
    await expect(publishArticle(reviewer.viewer, 'pub-checks')).rejects.toThrow(/^2 blocking quality findings/);
    expect(await publicationCount('pub-checks')).toBe(0);

    // Fixing the link (a new approved version) leaves one; waiving the other lets the article through.
    await approveTranslation(reviewer.viewer, link!, { version: await translateAndSubmit(translator.viewer, link!, '见[指南](https://example.org/guide)。') });
    await expect(publishArticle(reviewer.viewer, 'pub-checks')).rejects.toThrow(/^1 blocking quality finding /);
    const { version } = await translationOf(code!);
    await expect(waiveFinding(translator.viewer, code!, { version, checkId: 'markdown.inline-code', reason: '不行' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(waiveFinding(reviewer.viewer, code!, { version, checkId: 'numbers', reason: '没有这个错误' })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(waiveFinding(reviewer.viewer, code!, { version: version - 1, checkId: 'markdown.inline-code', reason: '旧版本' })).rejects.toBeInstanceOf(StaleVersionError);
    await waiveFinding(reviewer.viewer, code!, { version, checkId: 'markdown.inline-code', reason: '这个命令名在中文版里有意翻译。' });
    expect(await publishArticle(reviewer.viewer, 'pub-checks')).toMatchObject({ number: 1 });
    expect(await db.auditEvent.count({ where: { action: 'check.waive' } })).toBeGreaterThanOrEqual(1);
  });
});

describe('reading a stored snapshot', () => {
  it('reports a damaged snapshot as a bug instead of showing part of it, to readers and to staff', async () => {
    const { reviewer } = await approvedArticle('pub-damaged');
    await publishArticle(reviewer.viewer, 'pub-damaged');
    await approvedArticle('pub-intact');
    await publishArticle(reviewer.viewer, 'pub-intact');
    const publication = await db.publication.findFirstOrThrow({ where: { article: { slug: 'pub-damaged' } }, select: { id: true, snapshot: true } });
    const damaged = { ...JSON.parse(publication.snapshot), pairs: [{ key: 'p1', kind: 'paragraph', source: 42 }] };
    await db.publication.update({ where: { id: publication.id }, data: { snapshot: JSON.stringify(damaged) } });
    await expect(getPublishedArticleOrThrow('pub-damaged')).rejects.toThrow(/^Stored publication snapshot does not match its schema: pairs\.0\.source/);
    await expect(getPublication(reviewer.viewer, 'pub-damaged', 1)).rejects.toThrow(/publication snapshot/);
    await db.publication.update({ where: { id: publication.id }, data: { snapshot: '{not json' } });
    await expect(getPublishedArticleOrThrow('pub-damaged')).rejects.toThrow(/not JSON/);
    // Listings leave it out (and log it) rather than fail for every article.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listed = (await listPublishedArticles()).map((article) => article.slug);
    expect(listed).not.toContain('pub-damaged');
    expect(listed).toContain('pub-intact');
    expect(logged).toHaveBeenCalledWith('Left out of public listings: pub-damaged:', expect.stringMatching(/not JSON/));
    logged.mockRestore();
  });
});

describe('unpublishing', () => {
  it('hides the article from readers, is audited, and publishing again shows it', async () => {
    const { reviewer } = await approvedArticle('unpub');
    await publishArticle(reviewer.viewer, 'unpub');
    await unpublishArticle(reviewer.viewer, 'unpub');
    expect(await db.article.findUniqueOrThrow({ where: { slug: 'unpub' }, select: { status: true } })).toEqual({ status: 'unpublished' });
    await expect(getPublishedArticleOrThrow('unpub')).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPublishedArticles()).map((article) => article.slug)).not.toContain('unpub');
    expect(await db.auditEvent.count({ where: { action: 'article.unpublish', actorId: reviewer.user.id } })).toBe(1);
    await expect(unpublishArticle(reviewer.viewer, 'unpub')).rejects.toBeInstanceOf(InvalidTransitionError);

    expect(await publishArticle(reviewer.viewer, 'unpub')).toMatchObject({ number: 2 });
    expect((await getPublishedArticleOrThrow('unpub')).pairs).toHaveLength(2);
  });
});

describe('publication history', () => {
  it('keeps every publication for staff, with a word diff between any two', async () => {
    const { translator, reviewer, first, versions } = await approvedArticle('history');
    await publishArticle(reviewer.viewer, 'history');
    await saveTranslation(translator.viewer, first, { text: '河流慢慢塑造山谷。', version: versions[0]! });
    const submitted = await changeTranslationStatus(translator.viewer, first, { event: 'submit', version: versions[0]! + 1 });
    await approveTranslation(reviewer.viewer, first, { version: submitted.version });
    await publishArticle(reviewer.viewer, 'history');

    const { publications, status } = await listPublications(reviewer.viewer, 'history');
    expect(status).toBe('published');
    expect(publications.map((publication) => ({ number: publication.number, by: publication.publishedBy }))).toEqual([
      { number: 2, by: { name: reviewer.user.name } },
      { number: 1, by: { name: reviewer.user.name } },
    ]);
    expect((await getPublication(reviewer.viewer, 'history', 1)).snapshot.pairs[0]!.target).toBe('河流塑造山谷。');

    const diff = await diffPublications(reviewer.viewer, 'history', 1, 2);
    expect(diff.pairs.map((pair) => pair.change)).toEqual(['changed', 'same']);
    expect(diff.pairs[0]!.target.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'added', text: '慢慢' }]);
    await expect(getPublication(reviewer.viewer, 'history', 3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPublications(translator.viewer, 'history')).rejects.toBeInstanceOf(NotFoundError);
    await expect(diffPublications(translator.viewer, 'history', 1, 2)).rejects.toBeInstanceOf(NotFoundError);
  });
});
