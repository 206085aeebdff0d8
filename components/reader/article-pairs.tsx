import styles from './article-pairs.module.css';

export type ArticlePair = {
  /** 1-based; the row's element id is `p-{position}`, so `#p-3` links to the third paragraph. */
  position: number;
  kind: string;
  /** Already sanitized by the caller. */
  sourceHtml: string;
  /** Already sanitized; null for a block that is not translated (code, raw HTML), shown once, full width. */
  targetHtml: string | null;
};

export type ArticlePairsLabels = { english: string; chinese: string; permalink: (position: number) => string };

export function paragraphId(position: number): string {
  return `p-${position}`;
}

/**
 * English and Chinese in aligned rows. Which of the four reading modes shows is decided by the
 * `data-reading-mode` attribute on <html> (set before the first paint from the URL or the reader's
 * stored choice), so one cached page serves every reader: two columns on wide screens in
 * side-by-side mode, otherwise each English block followed by its Chinese one, or one language only.
 */
export function ArticlePairs({ pairs, labels }: { pairs: readonly ArticlePair[]; labels: ArticlePairsLabels }) {
  return (
    <div className={styles.pairs} data-reading-pairs="">
      <div className={styles.head} aria-hidden="true">
        <span lang="en">{labels.english}</span>
        <span lang="zh-CN">{labels.chinese}</span>
      </div>
      {pairs.map((pair) => {
        const id = paragraphId(pair.position);
        return (
          <div key={id} id={id} className={styles.row} data-kind={pair.kind} data-translated={pair.targetHtml !== null}>
            <div
              lang="en"
              className={[styles.cell, styles.source, pair.targetHtml === null && styles.wide].filter(Boolean).join(' ')}
              dangerouslySetInnerHTML={{ __html: pair.sourceHtml }}
            />
            {pair.targetHtml !== null && (
              <div lang="zh-CN" className={`${styles.cell} ${styles.target}`} dangerouslySetInnerHTML={{ __html: pair.targetHtml }} />
            )}
            <a href={`#${id}`} className={styles.permalink} aria-label={labels.permalink(pair.position)}>
              <span aria-hidden="true">¶</span>
            </a>
          </div>
        );
      })}
    </div>
  );
}
