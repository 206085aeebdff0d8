import { countOccurrences, countWords, isEmptyQuery, isWholeWord, normalizeText, parseQuery } from './terms.ts';
import { snippetParts, type SnippetPart } from './snippet.ts';

/** One published article as search sees it: plain text only, paragraphs by position. */
export type SearchableArticle = {
  slug: string;
  title: string;
  titleZh: string;
  publishedAt: string;
  pairs: ReadonlyArray<{ position: number; en: string; zh: string | null }>;
};

type IndexedText = { original: string; normalized: string; words: Map<string, number> };
type IndexedArticle = {
  article: SearchableArticle;
  title: IndexedText;
  pairs: Array<{ position: number; en: IndexedText; zh: IndexedText | null }>;
};

export type SearchIndex = { readonly articles: readonly IndexedArticle[] };

export type SearchHit = {
  slug: string;
  title: string;
  titleZh: string;
  publishedAt: string;
  score: number;
  /** The paragraph that matches best, with the matching words marked; null when only the title matches. */
  snippet: { position: number; lang: 'en' | 'zh-CN'; parts: SnippetPart[] } | null;
};

type Term = { kind: 'word' | 'han'; value: string };

/** Title matches count this many times a paragraph match. */
const titleWeight = 4;

function indexText(original: string): IndexedText {
  const normalized = normalizeText(original);
  return { original, normalized, words: countWords(normalized) };
}

export function buildSearchIndex(articles: readonly SearchableArticle[]): SearchIndex {
  return {
    articles: articles.map((article) => ({
      article,
      title: indexText(`${article.title} ${article.titleZh}`),
      pairs: article.pairs.map((pair) => ({ position: pair.position, en: indexText(pair.en), zh: pair.zh === null ? null : indexText(pair.zh) })),
    })),
  };
}

function countTerm(text: IndexedText | null, term: Term): number {
  if (!text) return 0;
  return term.kind === 'word' ? (text.words.get(term.value) ?? 0) : countOccurrences(text.normalized, term.value);
}

/**
 * Articles containing every term of the query (English words as whole words, Chinese as exact runs
 * of two or more characters), best first: a TF-IDF-like score where title matches weigh more, a
 * Chinese run that the segmenter reads as a whole word earns a bonus, and so does an exact phrase.
 */
export function searchArticles(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return [];
  const terms: Term[] = [...parsed.words.map((value) => ({ kind: 'word' as const, value })), ...parsed.han.map((value) => ({ kind: 'han' as const, value }))];
  const phrase = parsed.words.length > 1 ? normalizeText(query).trim().replace(/\s+/g, ' ') : null;

  const counted = index.articles.map((entry) => {
    const title = terms.map((term) => countTerm(entry.title, term));
    const pairs = entry.pairs.map((pair) => terms.map((term) => countTerm(pair.en, term) + countTerm(pair.zh, term)));
    const totals = terms.map((_, t) => title[t]! + pairs.reduce((sum, counts) => sum + counts[t]!, 0));
    return { entry, title, pairs, totals };
  });
  const idf = terms.map((_, t) => {
    const documents = counted.filter((c) => c.totals[t]! > 0).length;
    return Math.log(1 + index.articles.length / Math.max(documents, 1));
  });

  const hits: SearchHit[] = [];
  for (const { entry, title, pairs, totals } of counted) {
    if (totals.some((total) => total === 0)) continue;
    const pairScores = pairs.map((counts) => counts.reduce((sum, count, t) => sum + idf[t]! * Math.log1p(count), 0));
    const best = pairScores.reduce((bestIndex, score, i) => (score > (pairScores[bestIndex] ?? 0) ? i : bestIndex), 0);
    let score = terms.reduce((sum, _, t) => sum + idf[t]! * (titleWeight * Math.log1p(title[t]!) + Math.log1p(totals[t]! - title[t]!)), 0);
    const bestPair = pairScores[best] ? entry.pairs[best] : undefined;
    terms.forEach((term, t) => {
      if (term.kind !== 'han' || term.value.length < 2) return;
      const texts = [entry.title, bestPair?.zh, bestPair?.en].filter((text): text is IndexedText => text != null && text.normalized.includes(term.value));
      if (texts.some((text) => isWholeWord(text.normalized, term.value))) score += idf[t]!;
    });
    if (phrase && [entry.title, ...entry.pairs.flatMap((pair) => [pair.en, pair.zh])].some((text) => text?.normalized.includes(phrase))) score += 2;
    hits.push({
      slug: entry.article.slug,
      title: entry.article.title,
      titleZh: entry.article.titleZh,
      publishedAt: entry.article.publishedAt,
      score,
      snippet: bestPair ? snippetFor(bestPair, terms) : null,
    });
  }
  return hits.sort((a, b) => b.score - a.score || b.publishedAt.localeCompare(a.publishedAt)).slice(0, limit);
}

function snippetFor(pair: IndexedArticle['pairs'][number], terms: Term[]): NonNullable<SearchHit['snippet']> {
  const hitsIn = (text: IndexedText | null) => terms.reduce((sum, term) => sum + countTerm(text, term), 0);
  const useChinese = pair.zh !== null && hitsIn(pair.zh) >= hitsIn(pair.en);
  const text = useChinese && pair.zh ? pair.zh : pair.en;
  return {
    position: pair.position,
    lang: useChinese ? 'zh-CN' : 'en',
    parts: snippetParts(text.original, terms.map((term) => term.value), { wholeWords: terms.filter((term) => term.kind === 'word').map((term) => term.value) }),
  };
}
