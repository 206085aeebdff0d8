import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGlossaryTerm } from '@/lib/dal/memory/glossary.ts';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { fillDrafts, listUntranslatedSegments, memoryDrafts } from '@/lib/dal/translating/suggestions.ts';
import { MachineTranslationError, NotFoundError } from '@/lib/errors.ts';
import { suggestionsFor, translateAll } from '@/lib/server/suggestions.ts';
import { makeUser } from '../../support/factories.ts';
import { startMachineStandIn } from '../../support/mt-stand-in.ts';
import { makeArticle, revisionsOf, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';

const machine = await startMachineStandIn((source) => `机译：${source.replace(/\D+/g, ' ').trim()}`);
const configured = { DUET_MT_URL: machine.url, DUET_MT_MODEL: 'stand-in', DUET_MT_TIMEOUT_SECONDS: '1' };

beforeAll(() => Object.assign(process.env, configured));
afterEach(() => machine.setMode('answer'));
afterAll(async () => {
  for (const key of Object.keys(configured)) delete process.env[key];
  await machine.close();
});

describe('suggestions for a segment', () => {
  it('offer memory matches, glossary terms and a checked machine suggestion made with the glossary and the neighbours', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    await createGlossaryTerm(systemViewer, { source: 'river', target: '河流' });
    const [first, second] = (await makeArticle('suggest', ['Rivers shape 3 valleys.', 'A river has 12 bends.'], { assign: [translator.user.id] })) as [string, string];
    await approveTranslation(reviewer.viewer, first, { version: await translateAndSubmit(translator.viewer, first, '河流塑造了 3 座山谷。') });
    await makeArticle('suggest-again', ['Rivers shape 3 valleys.'], { assign: [translator.user.id] });
    const [again] = await db.segment.findMany({ where: { article: { slug: 'suggest-again' } }, select: { id: true } });

    const memory = await suggestionsFor(translator.viewer, again!.id);
    expect(memory.suggestions).toContainEqual({ origin: 'memory', text: '河流塑造了 3 座山谷。', score: 100 });
    expect(memory.suggestions).toContainEqual({ origin: 'glossary', text: '河流', source: 'river' });

    const { suggestions, machineError } = await suggestionsFor(translator.viewer, second);
    expect(machineError).toBeUndefined();
    expect(suggestions.find((suggestion) => suggestion.origin === 'machine')).toEqual({ origin: 'machine', text: '机译：12', findings: expect.any(Array) });
    const request = machine.requests.at(-1)!;
    expect(request.model).toBe('stand-in');
    expect(request.messages.at(-1)!.content).toContain('"river" → "河流"');
    expect(request.messages.at(-1)!.content).toContain('Rivers shape 3 valleys.\nIts translation: 河流塑造了 3 座山谷。');
  });

  it('say why when the machine fails or is slow, and still offer the rest; unconfigured, no machine at all', async () => {
    const translator = await makeUser('translator');
    const [segment] = (await makeArticle('suggest-fail', ['Lakes are deep.'], { assign: [translator.user.id] })) as [string];
    machine.setMode('fail');
    expect(await suggestionsFor(translator.viewer, segment)).toEqual({ suggestions: [], machineError: 'The machine translation server refused the request (HTTP 500)' });
    machine.setMode('slow');
    expect((await suggestionsFor(translator.viewer, segment)).machineError).toBe('The machine translation server did not answer within 1 s');
    delete process.env.DUET_MT_URL;
    try {
      const count = machine.requests.length;
      expect(await suggestionsFor(translator.viewer, segment)).toEqual({ suggestions: [] });
      expect(machine.requests).toHaveLength(count);
    } finally {
      process.env.DUET_MT_URL = machine.url;
    }
  });

  it('are "not found" for a translator not assigned to the article', async () => {
    const stranger = await makeUser('translator');
    const [segment] = await makeArticle('suggest-stranger');
    await expect(suggestionsFor(stranger.viewer, segment!)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('pre-translation by machine', () => {
  it('fills only untranslated segments, as machine drafts by the caller, and never overwrites', async () => {
    const translator = await makeUser('translator');
    await importArticle(systemViewer, { markdown: 'One 1.\n\nTwo 2.\n\nThree 3.\n', translation: '一 1。\n', slug: 'pretranslate' });
    const segments = (await db.segment.findMany({ where: { article: { slug: 'pretranslate' } }, orderBy: { position: 'asc' }, select: { id: true } })).map((s) => s.id);
    const { assignUser } = await import('@/lib/dal/articles/assignments.ts');
    await assignUser(systemViewer, 'pretranslate', translator.user.id);

    const items = await listUntranslatedSegments(translator.viewer, 'pretranslate');
    expect(items.map((item) => item.segmentId)).toEqual(segments.slice(1));
    const drafts = await translateAll(items);
    // Someone translates the third segment while the machine works: it is kept.
    await translateAndSubmit(translator.viewer, segments[2]!, '三 3。');
    expect(await fillDrafts(translator.viewer, 'pretranslate', drafts)).toEqual({ filled: 1, skipped: 1 });

    expect(await translationOf(segments[0]!)).toMatchObject({ text: '一 1。', status: 'draft' });
    expect(await translationOf(segments[1]!)).toEqual({ text: '机译：2', status: 'draft', version: 1 });
    expect((await revisionsOf(segments[1]!)).at(-1)).toMatchObject({ origin: 'machine', authorId: translator.user.id, status: 'draft' });
    expect((await translationOf(segments[2]!)).text).toBe('三 3。');
  });

  it('writes nothing when the machine fails part way', async () => {
    const translator = await makeUser('translator');
    const segments = await makeArticle('pretranslate-fail', ['One 1.', 'Two 2.'], { assign: [translator.user.id] });
    const items = await listUntranslatedSegments(translator.viewer, 'pretranslate-fail');
    machine.setMode('fail');
    await expect(translateAll(items)).rejects.toBeInstanceOf(MachineTranslationError);
    for (const segment of segments) expect((await translationOf(segment)).status).toBe('untranslated');
  });
});

describe('pre-translation from memory', () => {
  it('fills untranslated segments with the memory’s exact matches only, as memory drafts by the caller', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [done] = await makeArticle('memory-source', ['Herons wade in shallow water.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, done!, '鹭在浅水中涉行。');
    await approveTranslation(reviewer.viewer, done!, { version });

    const segments = await makeArticle('memory-target', ['Herons wade in shallow water.', 'Herons wade in deep water.', 'Egrets are white.'], { assign: [translator.user.id] });
    const items = await listUntranslatedSegments(translator.viewer, 'memory-target');
    const drafts = await memoryDrafts(translator.viewer, items);
    // A fuzzy match ("deep" for "shallow") is a suggestion in the editor, never a draft.
    expect(drafts).toEqual([{ segmentId: segments[0], version: 0, text: '鹭在浅水中涉行。' }]);
    expect(await fillDrafts(translator.viewer, 'memory-target', drafts, 'memory')).toEqual({ filled: 1, skipped: 0 });
    expect(await translationOf(segments[0]!)).toEqual({ text: '鹭在浅水中涉行。', status: 'draft', version: 1 });
    expect((await revisionsOf(segments[0]!)).at(-1)).toMatchObject({ origin: 'memory', authorId: translator.user.id });
    for (const segment of segments.slice(1)) expect((await translationOf(segment)).status).toBe('untranslated');
  });
});
