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
  /** The number given to the latest load started. */
  lastStarted: number;
  /** The number of the latest load started after a publish or unpublish in this process. */
  lastChange: number;
};

const stateKey = Symbol.for('duet.readerGate');

function gate(): ReaderGateState {
  const global = globalThis as { [stateKey]?: ReaderGateState };
  return (global[stateKey] ??= { published: null, loadedBy: 0, lastStarted: 0, lastChange: 0 });
}

/** Numbers a load of the published slugs that is about to read the database. */
export function startReaderGateLoad({ afterChange = false } = {}): number {
  const state = gate();
  state.lastStarted += 1;
  if (afterChange) state.lastChange = state.lastStarted;
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
 * Whether the proxy must answer 404 for this article. No while nothing is loaded yet (the first
 * second after start), and no while a publish or unpublish made here is being read back (a few
 * milliseconds): a just-published article must not be refused, and a page rendered before a just-made
 * unpublish is refused as soon as that read is in.
 */
export function isArticleHiddenFromReaders(slug: string): boolean {
  const { published, loadedBy, lastChange } = gate();
  if (published === null || loadedBy < lastChange) return false;
  return !published.has(slug);
}
