import styles from './article-pairs.module.css';

export type ReaderMode = 'side-by-side' | 'interleaved' | 'zh' | 'en';

export type ArticlePair = {
  /** Used as the row's element id, so `#id` links to the paragraph. */
  id: string;
  kind: string;
  /** Already sanitized by the caller. */
  sourceHtml: string;
  /** Already sanitized; null for a block that is not translated (code, raw HTML), shown once, full width. */
  targetHtml: string | null;
};

export type ArticlePairsLabels = { english: string; chinese: string; permalink: string };

/**
 * English and Chinese in aligned rows: two columns on wide screens in side-by-side mode, otherwise
 * each English block followed by its Chinese one.
 */
export function ArticlePairs({
  pairs,
  labels,
  mode = 'side-by-side',
}: {
  pairs: readonly ArticlePair[];
  labels: ArticlePairsLabels;
  mode?: ReaderMode;
}) {
  return (
    <div className={styles.pairs} data-mode={mode}>
      <div className={styles.head} aria-hidden="true">
        <span lang="en">{labels.english}</span>
        <span lang="zh-CN">{labels.chinese}</span>
      </div>
      {pairs.map((pair) => (
        <div key={pair.id} id={pair.id} className={styles.row} data-kind={pair.kind}>
          <div
            lang="en"
            className={[styles.cell, styles.source, pair.targetHtml === null && styles.wide].filter(Boolean).join(' ')}
            dangerouslySetInnerHTML={{ __html: pair.sourceHtml }}
          />
          {pair.targetHtml !== null && (
            <div
              lang="zh-CN"
              className={`${styles.cell} ${styles.target}`}
              dangerouslySetInnerHTML={{ __html: pair.targetHtml }}
            />
          )}
          <a href={`#${pair.id}`} className={styles.permalink} aria-label={labels.permalink}>
            ¶
          </a>
        </div>
      ))}
    </div>
  );
}
