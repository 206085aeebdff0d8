import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** What relative links and media in the Markdown are relative to (see resolveAssetUrls). */
    assetBase: URL | null;
  }
}

/** The attributes that hold a URL, by element; media are loaded by the reader's browser. */
const URL_ATTRIBUTES: Record<string, { names: string[]; isMedia: boolean }> = {
  a: { names: ['href'], isMedia: false },
  img: { names: ['src'], isMedia: true },
  video: { names: ['src', 'poster'], isMedia: true },
  audio: { names: ['src'], isMedia: true },
  source: { names: ['src'], isMedia: true },
};

/** A scheme (`https:`, `javascript:`) or a network path (`//host/…`): not relative to the article. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The base for an article's relative URLs: an http(s) URL, or null. A source URL is imported text
 * (front matter may say anything), so anything else is no base at all.
 */
export function parseAssetBase(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where a URL written in an article points from the reading site: relative ones (`assets/x.png`,
 * `/blog/assets/x.png`) resolved against the article's base, absolute and in-page (`#…`) ones as
 * they are. A relative medium with no base is `null`: Duet serves no article assets, so it could
 * only be a broken image (or a request to one of Duet's own pages). A medium in a GitHub
 * repository is loaded from its raw file, as the `blob/` page is HTML.
 */
export function resolveArticleUrl(url: string, base: URL | null, isMedia: boolean): string | null {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || NOT_RELATIVE.test(trimmed)) return url;
  const resolved = base && resolveAgainst(trimmed, base);
  if (!resolved) return isMedia ? null : url;
  return isMedia ? rawGitHubFile(resolved) : resolved.href;
}

/** A medium's web address (an http or https URL, resolved as resolveArticleUrl does), or null. */
export function resolveMediaUrl(url: string, base: URL | null): string | null {
  const resolved = resolveArticleUrl(url, base, true);
  return resolved !== null && parseAssetBase(resolved) ? resolved : null;
}

function resolveAgainst(url: string, base: URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null; // `\\[`: a backslash path the URL parser reads as an invalid host.
  }
}

/** `https://github.com/OWNER/REPO/blob/REF/PATH` → `https://raw.githubusercontent.com/OWNER/REPO/REF/PATH`. */
function rawGitHubFile(url: URL): string {
  const blob = /^\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url.pathname);
  if (url.hostname !== 'github.com' || !blob) return url.href;
  return `https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}${url.search}`;
}

/**
 * A rehype plugin: resolves the URLs of links, images, video and audio against `file.data.assetBase`
 * (see resolveArticleUrl). It runs before the sanitizer, which still judges every URL it leaves.
 */
export function resolveAssetUrls() {
  return (tree: Root, file: VFile) => resolveIn(tree, file.data.assetBase ?? null);
}

function resolveIn(node: Nodes, base: URL | null): void {
  if (node.type === 'element') resolveElement(node, base);
  if ('children' in node) for (const child of node.children) resolveIn(child, base);
}

function resolveElement(element: Element, base: URL | null): void {
  const attributes = URL_ATTRIBUTES[element.tagName];
  if (!attributes) return;
  for (const name of attributes.names) {
    const value = element.properties[name];
    if (typeof value !== 'string') continue;
    const resolved = resolveArticleUrl(value, base, attributes.isMedia);
    if (resolved === null) delete element.properties[name];
    else element.properties[name] = resolved;
  }
}
