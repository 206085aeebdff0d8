import { Both } from '@/lib/i18n/both.tsx';
import { Names } from './names.tsx';
import { PublishedDate } from './published-date.tsx';
import styles from './credits.module.css';

export type CreditsProps = {
  sourceUrl: string | null;
  author: string | null;
  translators: readonly string[];
  reviewers: readonly string[];
  publishedAt: Date | string;
};

/*
 * The credits block at the end of an article, as the community's own posts end (see the seed
 * corpus): the original article's address and author, translators, reviewers, the publish date.
 * Labels, name lists and the date are in both interface languages (see Both).
 */

/** Only web links become anchors; anything else (a typo, a `javascript:` URL) is shown as text. */
function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

export function Credits({ sourceUrl, author, translators, reviewers, publishedAt }: CreditsProps) {
  const source = sourceUrl ? parseWebUrl(sourceUrl) : null;
  return (
    <dl className={styles.credits}>
      {sourceUrl && (
        <>
          <dt>
            <Both k="reader.originalArticle" />
          </dt>
          <dd>
            {source ? (
              <a href={source.href} rel="noopener noreferrer" lang="en">
                {source.href}
              </a>
            ) : (
              sourceUrl
            )}
          </dd>
        </>
      )}
      {author && (
        <>
          <dt>
            <Both k="reader.author" />
          </dt>
          <dd>{author}</dd>
        </>
      )}
      {translators.length > 0 && (
        <>
          <dt>
            <Both k="reader.translators" />
          </dt>
          <dd>
            <Names names={translators} />
          </dd>
        </>
      )}
      {reviewers.length > 0 && (
        <>
          <dt>
            <Both k="reader.reviewers" />
          </dt>
          <dd>
            <Names names={reviewers} />
          </dd>
        </>
      )}
      <dt>
        <Both k="reader.published" />
      </dt>
      <dd>
        <PublishedDate date={new Date(publishedAt)} />
      </dd>
    </dl>
  );
}
