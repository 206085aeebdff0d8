import { parse } from 'yaml';

export type ArticleMetadata = {
  title: string | null;
  author: string | null;
  sourceUrl: string | null;
  tags: string[];
  /** The front matter's `thumbnail` as written (a URL, often relative to the original post). */
  thumbnail: string | null;
};

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * Front matter holds a handful of fields. The YAML parser takes seconds on a megabyte of nested
 * brackets or keys, so a block beyond this is refused at import rather than parsed.
 */
export const maxFrontMatterChars = 64 * 1024;

/** Why the YAML front matter cannot be read, or null when it reads (or there is none). */
export function frontMatterProblem(markdown: string): string | null {
  if (!/^\uFEFF?---\r?\n/.test(markdown)) return null;
  const match = frontMatterPattern.exec(markdown);
  if (!match) return 'it is opened with --- but never closed';
  if ((match[1] ?? '').length > maxFrontMatterChars) return `it is longer than ${maxFrontMatterChars / 1024} KB`;
  try {
    const value: unknown = parse(match[1] ?? '');
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) return 'it is not a list of key: value fields';
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'it is not valid YAML';
  }
}

/** The YAML front matter as an object; empty when there is none or it is not a mapping. */
export function readFrontMatter(markdown: string): Record<string, unknown> {
  const match = frontMatterPattern.exec(markdown);
  if (!match || (match[1] ?? '').length > maxFrontMatterChars) return {};
  try {
    const value: unknown = parse(match[1] ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) {
    const names = value.map((item) => (typeof item === 'string' ? item : text((item as { user?: unknown })?.user)));
    return names.filter(Boolean).join(', ') || null;
  }
  return null;
}

function firstHeading(markdown: string): string | null {
  const atx = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  const setext = /^(\S.*)\r?\n=+[ \t]*$/m.exec(markdown);
  const candidates = [atx, setext].filter((match) => match !== null).sort((a, b) => a.index - b.index);
  return candidates[0]?.[1]?.trim() ?? null;
}

/** Title, author, original URL, tags and thumbnail from front matter, falling back to the first heading. */
export function readArticleMetadata(markdown: string): ArticleMetadata {
  const front = readFrontMatter(markdown);
  const tags = Array.isArray(front.tags) ? front.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  return {
    title: text(front.title) ?? firstHeading(markdown.replace(frontMatterPattern, '')),
    author: text(front.author) ?? text(front.authors),
    sourceUrl: text(front.source_url) ?? text(front.sourceUrl) ?? text(front.original_url) ?? text(front.canonical_url),
    tags,
    thumbnail: text(front.thumbnail),
  };
}

/** A URL-safe slug from a title: ASCII words joined by dashes, or a fallback when there are none. */
export function slugify(title: string, fallback = 'article'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

export type Credits = { translators: string[]; reviewers: string[] };

/**
 * Credits in a translation's front matter, as the Hugging Face Chinese blog writes them:
 * `translators: [{ user: NAME }, { user: NAME, proofreader: true }]`; plain strings count as translators.
 */
export function readCredits(front: Record<string, unknown>): Credits {
  const credits: Credits = { translators: [], reviewers: [] };
  const entries = Array.isArray(front.translators) ? front.translators : [];
  for (const entry of entries) {
    if (typeof entry === 'string' && entry.trim()) credits.translators.push(entry.trim());
    if (entry && typeof entry === 'object') {
      const { user, proofreader } = entry as { user?: unknown; proofreader?: unknown };
      if (typeof user === 'string' && user.trim()) (proofreader ? credits.reviewers : credits.translators).push(user.trim());
    }
  }
  return credits;
}
