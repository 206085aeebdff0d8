import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { z } from 'zod';
import { findPublishedArticle, listPublishedArticles, publishedNumberOf, publishedVersions, type PublishedArticleSummary } from '@/lib/dal/publishing/reading.ts';
import { paginate } from '@/lib/domain/reader/pagination.ts';
import { publicArticle, publicArticleIndex, robotsTxt, siteFeed } from '@/lib/domain/reader/public-files.ts';
import { renderReadingRows } from '@/lib/domain/reader/reading-rows.ts';
import { buildSitemapXml, sitemapEntries } from '@/lib/domain/reader/sitemap.ts';
import { siteOrigin } from '@/lib/domain/reader/site-url.ts';
import { env } from '@/lib/env.ts';
import { siteAssets } from './assets.ts';
import { siteDirectory } from './config.ts';
import { readStateFile, removeSiteFile, writeSiteFile, writeStateFile } from './files.ts';
import { articlePage } from './pages/article.ts';
import { listingPage, notFoundPage } from './pages/listing.ts';
import { tagFileName, type PageContext } from './pages/parts.ts';
import { siteStyles } from './styles.ts';

/*
 * The reconciler: makes the site directory equal what the database says is published. It compares
 * the directory's manifest (which publication of which article each page was built from, and with
 * which stylesheet, script and settings) with the database, rebuilds what differs, then writes the
 * manifest. It runs after every publish and unpublish, at start, every second on a poll (so several
 * instances sharing one PostgreSQL database follow each other) and on demand (`duet site rebuild`).
 * Because the manifest is written last, a crash at any point leaves a manifest that is older than
 * the files, and the next run redoes the difference. It repeats until the database did not change
 * while it ran, so two writers (a server and `duet site rebuild`) end on the same, latest state.
 */

type Manifest = z.infer<typeof manifestSchema>;

export type SyncReport = { built: string[]; removed: string[]; listings: number; rebuiltAll: boolean; milliseconds: number };

const manifestName = 'manifest.json';
const safeSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function articleFiles(slug: string): string[] {
  return [`articles/${slug}.html`, `api/v1/public/articles/${slug}.json`];
}

const serialize = (tree: Root) => toHtml(tree, { allowDangerousHtml: true });

type BuildContext = { context: PageContext; key: string; assets: Awaited<ReturnType<typeof siteAssets>> };
let contextOnce: Promise<BuildContext> | undefined;

/**
 * What makes every page differ: the assets' names and the settings links are built with. They change
 * only with a new version of Duet or its settings, that is with a new process: made once per process.
 */
function buildContext(): Promise<BuildContext> {
  contextOnce ??= makeBuildContext();
  return contextOnce;
}

async function makeBuildContext(): Promise<BuildContext> {
  const assets = await siteAssets();
  const origin = siteOrigin(env.DUET_PUBLIC_URL);
  const context: PageContext = { styles: siteStyles(), assets: { stylesheet: assets.stylesheet.path, script: assets.script.path }, origin };
  const key = createHash('sha256')
    .update(JSON.stringify([assets.stylesheet.path, assets.script.path, origin, env.DUET_ASSET_BASE_URL ?? null, generatorVersion]))
    .digest('hex')
    .slice(0, 16);
  return { context, key, assets };
}

/** What the app needs to render a page of the site per request (the search page): the same stylesheet, script and links. */
export async function sitePageContext(): Promise<PageContext> {
  return (await buildContext()).context;
}

/** Raised when page markup changes in a way the assets' names do not show, so every page is built again. */
const generatorVersion = 4;

const manifestSchema = z.object({ build: z.string(), articles: z.record(z.string(), z.number().int()), listings: z.array(z.string()) });

/** The manifest, or null when it is missing or not one (every page is then built again). */
function readManifest(value: unknown): Manifest | null {
  const parsed = manifestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Builds one article's page and API file, unless the database no longer shows that publication:
 * checked again just before the files go in, under the slug's lock that an unpublish takes too, so
 * an unpublish that lands during a build is never undone by it.
 */
async function buildArticle(directory: string, context: PageContext, slug: string, number: number): Promise<boolean> {
  const found = await findPublishedArticle(slug);
  if (!found || found.number !== number) return false;
  const rows = renderReadingRows(found.article, { assetBase: env.DUET_ASSET_BASE_URL ?? found.article.sourceUrl });
  const html = serialize(articlePage(context, found.article, rows));
  const json = JSON.stringify(publicArticle(context.origin, found.article));
  return withSlugLock(slug, async () => {
    if ((await publishedNumberOf(slug)) !== number) return false;
    await writeSiteFile(directory, `api/v1/public/articles/${slug}.json`, json);
    await writeSiteFile(directory, `articles/${slug}.html`, html);
    return true;
  });
}

function tagsByUse(articles: readonly PublishedArticleSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const tag of articles.flatMap((article) => article.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** A tag rarely gathers more articles than fit on one page; all of them are shown. */
const tagPageSize = 500;

/** The home pages, tag pages, feed, sitemap, robots.txt, API index and 404 page: every file that lists articles. */
async function buildListings(directory: string, context: PageContext): Promise<string[]> {
  const articles = await listPublishedArticles();
  const tags = tagsByUse(articles);
  const files = new Map<string, string>();
  for (let number = 1; ; number++) {
    const listing = paginate(articles, number);
    if (!listing) break;
    files.set(number === 1 ? 'index.html' : `browse/${number}.html`, serialize(listingPage(context, { ...listing, tag: null, tags })));
  }
  for (const tag of tags) {
    const tagged = articles.filter((article) => article.tags.includes(tag));
    const listing = paginate(tagged, 1, tagPageSize)!;
    files.set(`tags/${tagFileName(tag)}.html`, serialize(listingPage(context, { ...listing, tag, tags })));
  }
  files.set('404.html', serialize(notFoundPage(context)));
  files.set('api/v1/public/articles.json', JSON.stringify(publicArticleIndex(context.origin, articles)));
  // Atom, sitemaps and robots.txt need absolute links: without DUET_PUBLIC_URL the app answers them per request.
  if (context.origin) {
    files.set('feed.xml', siteFeed(context.origin, articles));
    files.set('sitemap.xml', buildSitemapXml(sitemapEntries(context.origin, articles)));
    files.set('robots.txt', robotsTxt(context.origin));
  }
  for (const [sitePath, body] of files) await writeSiteFile(directory, sitePath, body);
  return [...files.keys()];
}

/** Assets no longer named by the pages: stylesheets and scripts of earlier builds. */
async function pruneAssets(directory: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(path.join(directory, 'assets')).catch(() => []);
  for (const name of names) {
    const base = name.replace(/\.(?:gz|br)$/, '');
    if (!keep.has(`assets/${base}`) && !base.endsWith('.tmp')) await removeSiteFile(directory, `assets/${base}`);
  }
}

async function syncOnce(directory: string, full: boolean): Promise<{ report: Omit<SyncReport, 'milliseconds'>; changedDuring: boolean } | null> {
  const versions = await publishedVersions();
  const manifest = readManifest(await readStateFile(directory, manifestName));
  const { context, key, assets } = await buildContext();
  const rebuiltAll = full || manifest === null || manifest.build !== key;
  const previous = manifest?.articles ?? {};
  const stale = new Set([...versions].filter(([slug, number]) => safeSlug.test(slug) && (rebuiltAll || previous[slug] !== number)).map(([slug]) => slug));
  const gone = Object.keys(previous).filter((slug) => !versions.has(slug));
  if (!rebuiltAll && stale.size === 0 && gone.length === 0) return null;

  for (const asset of [assets.stylesheet, assets.script]) await writeSiteFile(directory, asset.path.slice(1), asset.body);
  const removed: string[] = [];
  for (const slug of gone) {
    await removeArticle(directory, slug);
    removed.push(slug);
  }
  const built: string[] = [];
  const articles: Record<string, number> = {};
  for (const [slug, number] of versions) {
    if (!safeSlug.test(slug)) {
      console.error(`Reading site: ${slug} is not a slug that can name a file; it is left out`);
      continue;
    }
    if (!stale.has(slug)) {
      articles[slug] = number;
      continue;
    }
    // An article the database no longer shows as read stays out of the manifest: the next round sees it.
    if (await buildArticle(directory, context, slug, number)) {
      built.push(slug);
      articles[slug] = number;
    }
  }
  const listings = await buildListings(directory, context);
  // Listings of an earlier state that no longer exist (a tag nobody uses, a page past the last).
  for (const old of manifest?.listings ?? []) if (!listings.includes(old)) await removeSiteFile(directory, old);
  await pruneAssets(directory, new Set([assets.stylesheet.path.slice(1), assets.script.path.slice(1)]));
  await writeStateFile(directory, manifestName, { build: key, articles, listings } satisfies Manifest);
  const after = await publishedVersions();
  const changedDuring = after.size !== versions.size || [...after].some(([slug, number]) => versions.get(slug) !== number);
  return { report: { built, removed, listings: listings.length, rebuiltAll }, changedDuring };
}

async function removeArticle(directory: string, slug: string): Promise<void> {
  await withSlugLock(slug, async () => {
    for (const file of articleFiles(slug)) await removeSiteFile(directory, file);
  });
}

/*
 * One sync at a time per process and directory: a request for one while another runs waits for it
 * and then runs once more (however many asked meanwhile, and a full rebuild if any of them asked for
 * one), since the running one may have read the database before their change. The locks live on
 * globalThis because Next.js may load this module more than once (route handlers, Server Actions and
 * instrumentation are bundled apart).
 */
type DirectoryState = { running: Promise<SyncReport> | null; again: Promise<SyncReport> | null; againFull: boolean };
type SyncState = { directories: Map<string, DirectoryState>; slugLocks: Map<string, Promise<unknown>> };
const state: SyncState = ((globalThis as { __duetSiteSync?: SyncState }).__duetSiteSync ??= { directories: new Map(), slugLocks: new Map() });

async function withSlugLock<T>(slug: string, task: () => Promise<T>): Promise<T> {
  const before = state.slugLocks.get(slug) ?? Promise.resolve();
  const result = before.then(task, task);
  const settled = result.catch(() => undefined);
  state.slugLocks.set(slug, settled);
  try {
    return await result;
  } finally {
    if (state.slugLocks.get(slug) === settled) state.slugLocks.delete(slug);
  }
}

async function runSync(full: boolean, directory: string): Promise<SyncReport> {
  const started = performance.now();
  const total: Omit<SyncReport, 'milliseconds'> = { built: [], removed: [], listings: 0, rebuiltAll: false };
  for (let round = 0; round < 5; round++) {
    const result = await syncOnce(directory, full && round === 0);
    if (!result) break;
    total.built.push(...result.report.built);
    total.removed.push(...result.report.removed);
    total.listings = result.report.listings;
    total.rebuiltAll ||= result.report.rebuiltAll;
    if (!result.changedDuring) break;
  }
  return { ...total, milliseconds: Math.round(performance.now() - started) };
}

export type SyncOptions = {
  /** Every file again (`duet site rebuild`); otherwise only what the manifest shows to differ. */
  full?: boolean;
  /** The site directory; DUET_SITE_DIR's by default. */
  directory?: string;
};

/** Brings the site directory up to date with the database and resolves when it is. */
export function syncSite(options: SyncOptions = {}): Promise<SyncReport> {
  const directory = options.directory ?? siteDirectory();
  let current = state.directories.get(directory);
  if (!current) state.directories.set(directory, (current = { running: null, again: null, againFull: false }));
  const slot = current;
  if (!slot.running) {
    slot.running = runSync(options.full ?? false, directory).finally(() => {
      slot.running = null;
    });
    return slot.running;
  }
  slot.againFull ||= options.full ?? false;
  slot.again ??= slot.running
    .catch(() => undefined)
    .then(() => {
      const full = slot.againFull;
      slot.again = null;
      slot.againFull = false;
      return syncSite({ directory, full });
    });
  return slot.again;
}

/**
 * After an unpublish: the article's files go at once, before the listings are rebuilt, and no build
 * already under way can put them back (see buildArticle). Then the rest of the site follows.
 */
export async function withdrawArticle(slug: string, options: Omit<SyncOptions, 'full'> = {}): Promise<SyncReport> {
  if (safeSlug.test(slug)) await removeArticle(options.directory ?? siteDirectory(), slug);
  return syncSite(options);
}
