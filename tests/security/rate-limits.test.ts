import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticle, previewImport } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { rateLimits, saveLimiter } from '@/lib/dal/core/rate-limit.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import { rateLimitDefaults } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';

/*
 * Abuse limits: past each limit a request is refused with RateLimitedError (429 and Retry-After
 * through the API) and writes nothing; normal pacing never reaches it. The tests run on the
 * production defaults from lib/env.ts (whatever vitest.config.ts sets for the other suites), so they
 * also check that those defaults leave the headroom promised.
 */

const defaults = rateLimitDefaults;
const configured = { ...rateLimits };
const realClock = saveLimiter.now;

beforeEach(() => {
  Object.assign(rateLimits, defaults);
});

afterEach(() => {
  Object.assign(rateLimits, configured);
  saveLimiter.now = realClock;
  saveLimiter.reset();
});

/** A user row without a password hash to compute: these tests only need viewers that exist. */
async function makeViewer(): Promise<Viewer> {
  const email = `limits-${crypto.randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email, name: 'Limits', role: 'admin', passwordHash: 'unused' }, select: { id: true } });
  return { kind: 'user', id: user.id, email, name: 'Limits', role: 'admin', via: 'token' };
}

/** A clock the save limiter reads, moved on by hand. */
function fakeClock() {
  let now = 1_000_000;
  saveLimiter.now = () => now;
  return { advance: (seconds: number) => void (now += seconds * 1000) };
}

async function articleWithParagraphs(slug: string, count: number): Promise<string[]> {
  const markdown = `# ${slug}\n\n${Array.from({ length: count }, (_, index) => `Paragraph number ${index} about rivers.`).join('\n\n')}\n`;
  await importArticle(systemViewer, { markdown, slug });
  const rows = await db.segment.findMany({ where: { article: { slug }, kind: 'paragraph' }, orderBy: { position: 'asc' }, select: { id: true } });
  return rows.map((row) => row.id);
}

const revisionsOf = (segmentId: string) => db.revision.count({ where: { translation: { segmentId } } });

async function expectRateLimited(attempt: Promise<unknown>, maxSeconds: number): Promise<RateLimitedError> {
  const error = await attempt.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RateLimitedError);
  const limited = error as RateLimitedError;
  expect(limited.status).toBe(429);
  expect(limited.retryAfterSeconds).toBeGreaterThan(0);
  expect(limited.retryAfterSeconds).toBeLessThanOrEqual(maxSeconds);
  return limited;
}

describe('save rate', () => {
  it('lets 50 editors each save at once, and a fast typist save every second for a minute', async () => {
    const segments = await articleWithParagraphs('many-editors', 51);
    const editors = await Promise.all(Array.from({ length: 50 }, makeViewer));
    const saved = await Promise.all(editors.map((viewer, index) => saveTranslation(viewer, segments[index]!, { text: `译者 ${index} 的译文。`, version: 0 })));
    expect(saved.every((result) => result.version === 1)).toBe(true);

    const clock = fakeClock();
    const typist = await makeViewer();
    const last = segments[50]!;
    for (let version = 0; version < 60; version++) {
      await saveTranslation(typist, last, { text: `第 ${version} 次自动保存。`, version });
      clock.advance(1);
    }
    expect(await revisionsOf(last)).toBe(60);
  });

  it('lets a translator save-and-next through 100 segments without pausing', async () => {
    fakeClock();
    const segments = await articleWithParagraphs('save-and-next', 100);
    const viewer = await makeViewer();
    for (const [index, segmentId] of segments.entries()) {
      await saveTranslation(viewer, segmentId, { text: `第 ${index} 段。`, version: 0 });
    }
    expect(await db.revision.count({ where: { authorId: viewer.id } })).toBe(100);
  });

  it('refuses saves past the burst, writing nothing, until the bucket refills', async () => {
    const clock = fakeClock();
    const [segment] = await articleWithParagraphs('flood', 1);
    const viewer = await makeViewer();
    let version = 0;
    for (let index = 0; index < defaults.saveBurst; index++) {
      ({ version } = await saveTranslation(viewer, segment!, { text: `洪水 ${index}。`, version }));
    }
    const limited = await expectRateLimited(saveTranslation(viewer, segment!, { text: '多余的一次。', version }), 60);
    expect(await revisionsOf(segment!)).toBe(defaults.saveBurst);

    // Someone else is not affected by this user's flood.
    const other = await makeViewer();
    const [otherSegment] = await articleWithParagraphs('flood-other', 1);
    expect(await saveTranslation(other, otherSegment!, { text: '别人的译文。', version: 0 })).toMatchObject({ version: 1 });

    clock.advance(limited.retryAfterSeconds);
    expect(await saveTranslation(viewer, segment!, { text: '等待之后。', version })).toMatchObject({ version: version + 1 });
  });

  it('holds a steady flood to the per-minute rate', async () => {
    const clock = fakeClock();
    Object.assign(rateLimits, { savesPerMinute: 6, saveBurst: 3 });
    const [segment] = await articleWithParagraphs('steady', 1);
    const viewer = await makeViewer();
    let version = 0;
    let accepted = 0;
    // Ten attempts a second for a minute: the burst of 3 plus 6 refills.
    for (let tick = 0; tick < 600; tick++) {
      try {
        ({ version } = await saveTranslation(viewer, segment!, { text: `第 ${tick} 次。`, version }));
        accepted += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(RateLimitedError);
      }
      clock.advance(0.1);
    }
    expect(accepted).toBeGreaterThanOrEqual(8);
    expect(accepted).toBeLessThanOrEqual(9);
    expect(await revisionsOf(segment!)).toBe(accepted);
  });

  it('does not limit the operator at the command line', async () => {
    fakeClock();
    Object.assign(rateLimits, { savesPerMinute: 1, saveBurst: 1, importsPerHour: 1, exportsPerHour: 1 });
    const count = 5;
    const exports: string[] = [];
    for (let index = 0; index < count; index++) {
      await importArticle(systemViewer, { markdown: `# Operator ${index}\n\nText.\n`, slug: `operator-${index}` });
      exports.push((await getArticleExportOrThrow(systemViewer, `operator-${index}`)).title);
    }
    const [segment] = await articleWithParagraphs('saves-by-the-operator', 1);
    let version = 0;
    for (let index = 0; index < count; index++) ({ version } = await saveTranslation(systemViewer, segment!, { text: `第 ${index} 次。`, version }));

    // Five of each against limits of one: every import, export and save went through and is in the database.
    expect(await db.article.count({ where: { slug: { startsWith: 'operator-' } } })).toBe(count);
    expect(exports).toEqual(Array.from({ length: count }, (_, index) => `Operator ${index}`));
    expect(version).toBe(count);
    expect(await revisionsOf(segment!)).toBe(count);
  });
});

describe('import rate', () => {
  const markdownFor = (index: number) => `# Import ${index}\n\nSome text ${index}.\n`;

  it(`allows the default number of imports in an hour and refuses the next, creating nothing`, async () => {
    const viewer = await makeViewer();
    for (let index = 0; index < defaults.importsPerHour; index++) {
      await importArticle(viewer, { markdown: markdownFor(index), slug: `import-${index}` });
    }
    const before = await db.article.count();
    await expectRateLimited(importArticle(viewer, { markdown: markdownFor(99), slug: 'import-too-many' }), 3600);
    // A new source version shares the allowance.
    await expectRateLimited(updateArticleSource(viewer, 'import-0', '# Import 0\n\nChanged text.\n'), 3600);
    expect(await db.article.count()).toBe(before);
    expect(await db.article.findUnique({ where: { slug: 'import-too-many' } })).toBeNull();
    expect(await db.sourceVersion.count({ where: { article: { slug: 'import-0' } } })).toBe(1);

    // Another user still may import.
    const other = await makeViewer();
    await importArticle(other, { markdown: markdownFor(100), slug: 'import-other' });
  });

  it('refuses simultaneous imports past the limit too', async () => {
    rateLimits.importsPerHour = 3;
    const viewer = await makeViewer();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) => importArticle(viewer, { markdown: markdownFor(200 + index), slug: `burst-${index}` })),
    );
    const accepted = results.filter((result) => result.status === 'fulfilled').length;
    expect(accepted).toBeLessThanOrEqual(3);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(RateLimitedError);
    expect(await db.article.count({ where: { slug: { startsWith: 'burst-' } } })).toBe(accepted);
  });

  it('limits previews separately, at the same rate', async () => {
    rateLimits.importsPerHour = 2;
    const viewer = await makeViewer();
    await previewImport(viewer, { markdown: markdownFor(1) });
    await previewImport(viewer, { markdown: markdownFor(2) });
    await expectRateLimited(previewImport(viewer, { markdown: markdownFor(3) }), 3600);
    await importArticle(viewer, { markdown: markdownFor(300), slug: 'after-previews' });
  });
});

describe('export rate', () => {
  it('allows the default number of exports in an hour and refuses the next', async () => {
    await importArticle(systemViewer, { markdown: '# Exported\n\nText to export.\n', slug: 'exported' });
    const viewer = await makeViewer();
    for (let index = 0; index < defaults.exportsPerHour; index++) {
      expect((await getArticleExportOrThrow(viewer, 'exported')).slug).toBe('exported');
    }
    await expectRateLimited(getArticleExportOrThrow(viewer, 'exported'), 3600);
    const other = await makeViewer();
    expect((await getArticleExportOrThrow(other, 'exported')).slug).toBe('exported');
  });
});

describe('defaults', () => {
  it('leave headroom over the load test and fast editing', () => {
    // 50 editors autosaving every 2 s is 30 saves a minute each; a fast typist about 60.
    expect(defaults.savesPerMinute).toBeGreaterThanOrEqual(120);
    expect(defaults.saveBurst).toBeGreaterThanOrEqual(100);
    expect(defaults.importsPerHour).toBeGreaterThanOrEqual(30);
    expect(defaults.exportsPerHour).toBeGreaterThanOrEqual(120);
  });
});
