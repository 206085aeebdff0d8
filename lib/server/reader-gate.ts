/*
 * Which articles readers may open, as this server process last read it from the database, for
 * proxy.ts to check before Next.js looks in its page cache. The cache alone cannot be trusted with an
 * unpublish: a render that read the article just before the unpublish and finishes just after the
 * cache was emptied is stored as fresh, and would be served for minutes. The proxy answers 404 for an
 * article that is not in this set, whatever the cache holds.
 *
 * The state lives on globalThis: the proxy, instrumentation.ts and each route are bundled separately,
 * with their own copies of this module, but run in one Node.js process (proxy.ts runs in the Node.js
 * runtime, loaded into the server's process), so they share its global object.
 * Loads are numbered when they start; a load that started earlier never replaces one that started
 * later, so a slow reload that read the database before an unpublish cannot bring the article back.
 * This file holds no I/O, so the proxy can import it: the loading is in reader-gate-refresh.ts.
 */

type ReaderGateState = {
  /** null until the first load is in: until then every article is let through (fail open). */
  published: ReadonlySet<string> | null;
  /** The number of the load `published` came from. */
  loadedBy: number;
  /** The number given to the latest load started (or change applied). */
  lastStarted: number;
};

const stateKey = Symbol.for('duet.readerGate');

function gate(): ReaderGateState {
  const global = globalThis as { [stateKey]?: ReaderGateState };
  return (global[stateKey] ??= { published: null, loadedBy: 0, lastStarted: 0 });
}

/** Numbers a load of the published slugs that is about to read the database. */
export function startReaderGateLoad(): number {
  const state = gate();
  state.lastStarted += 1;
  return state.lastStarted;
}

/** What load number `load` read; ignored when a load that started later is already in. */
export function finishReaderGateLoad(load: number, publishedSlugs: Iterable<string>): void {
  const state = gate();
  if (load <= state.loadedBy) return;
  state.published = new Set(publishedSlugs);
  state.loadedBy = load;
}

/**
 * A publish or unpublish this process just committed, applied at once, as a load of its own: the
 * proxy refuses an unpublished article from this moment, and admits a published one, without waiting
 * for the database to be read back. A load that started before it (and may have read the database
 * before the change) is then ignored. Before the first load there is nothing to change.
 */
export function applyReaderGateChange(slug: string, isPublished: boolean): void {
  const state = gate();
  state.lastStarted += 1;
  if (state.published === null) return;
  const published = new Set(state.published);
  if (isPublished) published.add(slug);
  else published.delete(slug);
  state.published = published;
  state.loadedBy = state.lastStarted;
}

/**
 * The article a reader URL opens: `/articles/{slug}` and anything under it, including the payload
 * paths Next.js also answers (`{slug}.rsc`, `{slug}.segments/…`: slugs have no dot); null for other paths.
 */
export function articleSlugOf(pathname: string): string | null {
  const match = /^\/articles\/([^/]+)/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!).split('.')[0]!;
  } catch {
    // Not a valid encoding, so no slug: the empty string is never published.
    return '';
  }
}

/**
 * Whether the proxy must answer 404 for this article: when it is not in the published set. No while
 * nothing is loaded yet (the first second after start). A publish or unpublish made in this process
 * is in the set from the moment it is committed (applyReaderGateChange).
 */
export function isArticleHiddenFromReaders(slug: string): boolean {
  const { published } = gate();
  if (published === null) return false;
  return !published.has(slug);
}
