import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { concordance, importTmx, lookupMemory, recordApprovedPair } from '@/lib/dal/memory/memory.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import { makeUser } from '../support/factories.ts';
import { makeArticle } from '../support/review-fixtures.ts';

/*
 * The translation memory holds the English and Chinese of every approved paragraph. A translator
 * reads through it only what they could read otherwise: the articles they may work on and the
 * published ones, plus imported TMX, which belongs to no article. Concordance search, exact and
 * fuzzy lookups all keep to that.
 */

const pairs = {
  secret: ['The lighthouse keeper hid the secret ledger under the stairs.', '灯塔看守人把秘密账本藏在楼梯下面。'],
  unpublished: ['The lighthouse was withdrawn from the public tour last spring.', '去年春天灯塔退出了公众参观路线。'],
  mine: ['The lighthouse keeper climbs the stairs every evening.', '灯塔看守人每天傍晚爬上楼梯。'],
  published: ['The lighthouse guides ships into the harbour at night.', '灯塔在夜里引导船只进港。'],
  imported: ['The lighthouse stands on a rocky island.', '灯塔矗立在一座岩石岛上。'],
} as const;

let translator: Viewer;
let reviewer: Viewer;

async function articleWithApprovedPair(status: 'draft' | 'published' | 'unpublished', [source, target]: readonly [string, string], assign: string[] = []) {
  const slug = `memory-${status}-${crypto.randomUUID().slice(0, 8)}`;
  const [segmentId] = await makeArticle(slug, ['A placeholder paragraph.'], { assign });
  const article = await db.article.update({ where: { slug }, data: { status }, select: { id: true } });
  await db.$transaction((tx) => recordApprovedPair(tx, { source, target, articleId: article.id, segmentId: segmentId! }));
}

beforeAll(async () => {
  const made = await makeUser('translator');
  translator = made.viewer;
  reviewer = (await makeUser('reviewer')).viewer;
  await articleWithApprovedPair('draft', pairs.secret);
  await articleWithApprovedPair('unpublished', pairs.unpublished);
  await articleWithApprovedPair('draft', pairs.mine, [made.user.id]);
  await articleWithApprovedPair('published', pairs.published);
  const [en, zh] = pairs.imported;
  await importTmx(systemViewer, `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv></tu></body></tmx>`);
});

const targetsOf = (hits: ReadonlyArray<{ target: string }>) => hits.map((hit) => hit.target).sort();
const visibleToTranslator = [pairs.mine[1], pairs.published[1], pairs.imported[1]].sort();
const everything = Object.values(pairs).map(([, target]) => target).sort();

describe('a translator reading the translation memory', () => {
  it('finds by concordance only their articles, published ones and imported TMX, in either language', async () => {
    expect(targetsOf(await concordance(translator, 'lighthouse'))).toEqual(visibleToTranslator);
    expect(targetsOf(await concordance(translator, '灯塔'))).toEqual(visibleToTranslator);
    expect(await concordance(translator, 'secret ledger')).toEqual([]);
    expect(await concordance(translator, '公众参观')).toEqual([]);
  });

  it('gets no exact or fuzzy match from an article they may not open', async () => {
    const lookups = [
      await lookupMemory(translator, pairs.secret[0]),
      await lookupMemory(translator, 'The lighthouse keeper hid the secret ledger under the bed.', { minScore: 40, limit: 50 }),
      await lookupMemory(translator, pairs.unpublished[0]),
      await lookupMemory(translator, `${pairs.secret[0]} ${pairs.mine[0]}`, { minScore: 40, limit: 50 }),
    ];
    const offered = lookups.flatMap((lookup) => [...lookup.matches, ...lookup.sentences.flatMap((sentence) => sentence.matches)]).map((match) => match.target);
    expect(offered).not.toContain(pairs.secret[1]);
    expect(offered).not.toContain(pairs.unpublished[1]);
    expect(offered).toContain(pairs.mine[1]);
    expect((await lookupMemory(translator, pairs.published[0])).matches[0]).toMatchObject({ score: 100, target: pairs.published[1] });
  });

  it('reads everything while any article may be edited, as reviewers always do', async () => {
    expect(targetsOf(await concordance(reviewer, 'lighthouse'))).toEqual(everything);
    expect((await lookupMemory(reviewer, pairs.secret[0])).matches[0]).toMatchObject({ score: 100, target: pairs.secret[1] });
    await updateSettings(systemViewer, { 'translators.editAnyArticle': true });
    try {
      expect(targetsOf(await concordance(translator, 'lighthouse'))).toEqual(everything);
    } finally {
      await updateSettings(systemViewer, { 'translators.editAnyArticle': false });
    }
  });
});
