/** Interface text for the public reading site: English is the source of truth, zh-CN must have the same keys. */
export const readerSiteEn = {
  nav: {
    label: 'Reading site',
    search: 'Search',
    feed: 'Atom feed',
  },
  home: {
    readingTime: 'Reading time: {zh} min in Chinese (400 characters a minute), {en} min in English (230 words a minute)',
    readingTimeShort: '{zh} min in Chinese · {en} min in English',
    tags: 'Tags',
    tagged: 'Articles tagged “{tag}”',
    allArticles: 'All articles',
    pagination: 'Pages',
    newer: 'Newer articles',
    older: 'Older articles',
    pageOf: 'Page {page} of {count}',
    pageTitle: '{title}, page {page}',
  },
  article: {
    backHome: 'All articles',
    paragraph: 'Paragraph {number}',
  },
  search: {
    title: 'Search',
    label: 'Search the translations',
    submit: 'Search',
    hint: 'Searches the English originals and the Chinese translations. Chinese needs two characters or more.',
    results: 'Articles matching “{query}”: {count}',
    none: 'No published article matches “{query}”.',
    inParagraph: 'Paragraph {number}',
  },
  feed: {
    title: 'Duet translations',
    subtitle: 'English articles and their Chinese translations, published by our community',
  },
} as const;

export const readerSiteZhCN = {
  nav: {
    label: '阅读站点',
    search: '搜索',
    feed: 'Atom 订阅',
  },
  home: {
    readingTime: '阅读时间：中文约 {zh} 分钟（按每分钟 400 字计），英文约 {en} 分钟（按每分钟 230 词计）',
    readingTimeShort: '中文约 {zh} 分钟 · 英文约 {en} 分钟',
    tags: '标签',
    tagged: '标签为“{tag}”的文章',
    allArticles: '全部文章',
    pagination: '分页',
    newer: '较新的文章',
    older: '较早的文章',
    pageOf: '第 {page} 页，共 {count} 页',
    pageTitle: '{title}（第 {page} 页）',
  },
  article: {
    backHome: '全部文章',
    paragraph: '第 {number} 段',
  },
  search: {
    title: '搜索',
    label: '搜索译文',
    submit: '搜索',
    hint: '同时搜索英文原文和中文译文。中文请输入至少两个字。',
    results: '共有 {count} 篇文章匹配“{query}”',
    none: '没有已发布的文章匹配“{query}”。',
    inParagraph: '第 {number} 段',
  },
  feed: {
    title: 'Duet 译文',
    subtitle: '社区翻译并发布的英文文章及其中文译文',
  },
} as const;
