/** What the feed says about one published article; every URL is absolute. */
export type FeedEntry = {
  url: string;
  title: string;
  titleZh: string;
  publishedAt: Date;
  translators: readonly string[];
  summary: string;
};

export type FeedInfo = { url: string; homeUrl: string; title: string; subtitle: string };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

/**
 * An Atom 1.0 feed (RFC 4287) of published articles, newest first. Entry ids are the articles'
 * public URLs, which stay the same across republishing, so readers' feed readers do not duplicate.
 */
export function buildAtomFeed(feed: FeedInfo, entries: readonly FeedEntry[]): string {
  const newest = entries.reduce<Date | null>((latest, entry) => (latest && latest > entry.publishedAt ? latest : entry.publishedAt), null);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${element('id', feed.homeUrl)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  ${element('updated', (newest ?? new Date(0)).toISOString())}`,
    `  ${element('generator', 'Duet')}`,
  ];
  for (const entry of entries) {
    const authors = entry.translators.length > 0 ? entry.translators : [feed.title];
    lines.push(
      '  <entry>',
      `    ${element('id', entry.url)}`,
      `    ${element('title', entry.titleZh)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    ${element('published', entry.publishedAt.toISOString())}`,
      `    ${element('updated', entry.publishedAt.toISOString())}`,
      ...authors.map((name) => `    <author>${element('name', name)}</author>`),
      `    ${element('summary', entry.summary ? `${entry.title} — ${entry.summary}` : entry.title)}`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
