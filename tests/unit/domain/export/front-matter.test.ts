import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readCredits, readFrontMatter } from '@/lib/domain/article-metadata.ts';
import type { ArticleExport } from '@/lib/domain/export/article-export.ts';
import { exportArticle, exportFormats } from '@/lib/domain/export/export-formats.ts';
import { parseXliff } from '@/lib/domain/export/parse-xliff.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment } from '@/lib/domain/markdown/export-markdown.ts';
import { importedTranslationText, readFrontMatterBlock, readFrontMatterEntries } from '@/lib/domain/markdown/front-matter-value.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { loadCorpus, withoutTrailingSpaces } from '../../../support/corpus.ts';
import { buildArticle, CHINESE, ENGLISH } from './article-fixture.ts';

const corpus = loadCorpus();
const MARKDOWN_FORMATS = ['source', 'zh', 'seed', 'bilingual'] as const;
/** A title a translator might type: a colon, quotes and a hash YAML would misread on a bare line. */
const TYPED_TITLE = '微调 Llama 2：“DPO” 入门 # 第 1 部分: "引号"';

/** The YAML front matter of a Markdown export; it must parse, and must be a mapping. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const block = readFrontMatterBlock(markdown);
  if (block === null) return {};
  const document = parseDocument(block.replace(/^\uFEFF?---[ \t]*\r?\n/, '').replace(/\r?\n(?:---|\.\.\.)[ \t]*$/, ''));
  expect(document.errors.map((error) => error.message)).toEqual([]);
  const value: unknown = document.toJS();
  expect(value === null || (typeof value === 'object' && !Array.isArray(value))).toBe(true);
  return (value ?? {}) as Record<string, unknown>;
}

/** The article an import of the pair stores: front matter values plain, the Chinese front matter kept. */
function importPair(name: string, english: string, chinese: string): ArticleExport {
  const segments = segmentMarkdown(english);
  const alignment = alignTranslation(segments, chinese);
  const importedFrontMatter = readFrontMatterBlock(chinese);
  return {
    slug: name.replace(/[^A-Za-z0-9.-]/g, '-'),
    title: name,
    titleZh: null,
    sourceUrl: null,
    author: null,
    credits: readCredits(readFrontMatter(chinese)),
    ...(importedFrontMatter !== null && { importedFrontMatter }),
    unaligned: alignment.unaligned.filter((block) => block.reason !== 'added-front-matter-key' || !/^translators\s*:/.test(block.text)),
    segments: exportSegmentsFromAlignment(segments, alignment).map((segment, index) => {
      const text = importedTranslationText(segments[index]!, segment.translation);
      return {
        id: `s${index}`,
        position: index,
        kind: segments[index]!.kind,
        source: segment.source,
        translatable: segment.translatable,
        translation: text === null ? null : { text, status: 'approved' as const },
        placement: { layout: segment.layout ?? null, absent: segment.absent ?? false },
      };
    }),
  };
}

/** The same article after a translator typed a new title, as a bare value, and was credited. */
function retitled(article: ArticleExport): ArticleExport {
  const segments = article.segments.map((segment) =>
    segment.kind === 'frontmatter' && segment.translatable && /^title\s*[:=]/.test(segment.source)
      ? { ...segment, translation: { text: TYPED_TITLE, status: 'approved' as const } }
      : segment,
  );
  return { ...article, segments, credits: { ...article.credits, translators: [...article.credits.translators, 'Duet: 译者'] } };
}

describe.skipIf(!corpus)(`front matter of every export of the corpus${corpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const pairs = corpus?.pairs ?? [];

  it.each(pairs)('$name: parses as YAML in every format, as imported and after a typed title', ({ name, english, chinese }) => {
    const imported = importPair(name, english, chinese);
    const chineseFront = readFrontMatterEntries(readFrontMatterBlock(chinese));
    const englishTitle = readFrontMatter(english).title;
    for (const article of [imported, retitled(imported)]) {
      for (const format of exportFormats) {
        for (const untranslated of ['omit', 'source'] as const) {
          const { body } = exportArticle(article, format, untranslated);
          if (!(MARKDOWN_FORMATS as readonly string[]).includes(format)) continue;
          const front = frontMatterOf(body);
          if (format !== 'zh' || englishTitle === undefined) continue;
          if (article === imported) {
            // As imported, with plain values stored: the Chinese file, its front matter lines as written.
            if (untranslated === 'omit') expect(withoutTrailingSpaces(body)).toBe(withoutTrailingSpaces(chinese));
            expect(body).toContain(chineseFront.get('title'));
          } else {
            expect(front.title).toBe(TYPED_TITLE);
            expect(readCredits(front).translators).toContain('Duet: 译者');
          }
        }
      }
    }
    const retitledXliff = parseXliff(exportArticle(retitled(imported), 'xliff', 'omit').body);
    if (typeof englishTitle === 'string') expect(retitledXliff).toContainEqual(expect.objectContaining({ source: englishTitle, target: TYPED_TITLE }));
  });
});

describe('a title typed as a bare value', () => {
  const typed = buildArticle(ENGLISH, { ...CHINESE, 1: { text: TYPED_TITLE, status: 'approved' } });

  it('is the Chinese title of the Chinese Markdown, Jekyll and bilingual exports, in front matter that parses', () => {
    expect(frontMatterOf(exportArticle(typed, 'zh', 'omit').body).title).toBe(TYPED_TITLE);
    expect(frontMatterOf(exportArticle(typed, 'seed', 'omit').body).title).toBe(TYPED_TITLE);
    expect(frontMatterOf(exportArticle(typed, 'bilingual', 'omit').body).title).toBe(`Reading Rivers / ${TYPED_TITLE}`);
  });

  it('is the value on both sides of XLIFF and TMX', () => {
    for (const format of ['xliff', 'xliff12'] as const) {
      expect(parseXliff(exportArticle(typed, format, 'omit').body)[0]).toMatchObject({ source: 'Reading Rivers', target: TYPED_TITLE });
    }
    expect(exportArticle(typed, 'tmx', 'omit').body).toContain(`<seg>Reading Rivers</seg></tuv>\n      <tuv xml:lang="zh-CN"><seg>${TYPED_TITLE}</seg>`);
  });

  it('is written back into TOML front matter as a TOML string', () => {
    const toml = buildArticle('+++\ntitle = "Reading Rivers"\n+++\n\nText.\n', { 1: { text: TYPED_TITLE, status: 'approved' } });
    expect(exportArticle(toml, 'zh', 'omit').body).toBe(`+++\ntitle = ${JSON.stringify(TYPED_TITLE)}\n+++\n\n`);
  });

  it('keeps the English title line while untranslated, so the file always has a title', () => {
    const { 1: _title, ...untitled } = CHINESE;
    expect(frontMatterOf(exportArticle(buildArticle(ENGLISH, untitled), 'zh', 'omit').body).title).toBe('Reading Rivers');
  });
});

describe('an imported Chinese front matter', () => {
  const importedFrontMatter = [
    '---',
    'title:   "读懂河流"',
    'thumbnail: /img/river.png',
    'authors:',
    '- user: lin',
    'translators:',
    '  - user: mei',
    '    guest: true',
    '  - user: chen',
    '    proofreader: true',
    '---',
  ].join('\n');
  const plain = buildArticle(ENGLISH, { ...CHINESE, 1: { text: '读懂河流', status: 'approved' } }, { importedFrontMatter });

  it('keeps its title line and translators list verbatim while the title and credits are unchanged', () => {
    const exported = exportArticle(plain, 'zh', 'omit').body;
    expect(exported).toContain('---\ntitle:   "读懂河流"\nthumbnail: /img/river.png\nauthors:\n- user: lin\n');
    expect(exported).toContain('\ntranslators:\n  - user: mei\n    guest: true\n  - user: chen\n    proofreader: true\n---\n');
  });

  it('when the credits change, keeps the entries of those still credited as written and adds the others', () => {
    const credits = { translators: ['mei', 'lan'], reviewers: ['chen'] };
    const front = exportArticle({ ...plain, credits }, 'zh', 'omit').body;
    expect(front).toContain('\ntranslators:\n  - user: mei\n    guest: true\n  - user: lan\n  - user: chen\n    proofreader: true\n---\n');
    expect(readCredits(frontMatterOf(front))).toEqual(credits);
  });

  it('gives way to a title the translator changed, quoted like the imported line', () => {
    const changed = buildArticle(ENGLISH, { ...CHINESE, 1: { text: '河流之书', status: 'approved' } }, { importedFrontMatter });
    expect(exportArticle(changed, 'zh', 'omit').body).toContain('---\ntitle:   "河流之书"\nthumbnail');
  });

  it('when the Chinese file had none, is not invented: an untouched import exports without front matter', () => {
    const english = '---\ntitle: "Reading Rivers"\n---\n\n# Reading Rivers\n\nRivers carve valleys.\n';
    const chinese = '# 读懂河流\n\n河流切出山谷。\n';
    const article = { ...importPair('no-front-matter', english, chinese), credits: { translators: [], reviewers: [] } };
    expect(exportArticle(article, 'zh', 'omit').body).toBe(chinese);
    const credited = exportArticle({ ...article, credits: { translators: ['mei'], reviewers: [] } }, 'zh', 'omit').body;
    expect(frontMatterOf(credited)).toEqual({ title: 'Reading Rivers', translators: [{ user: 'mei' }] });
  });
});
