import { describe, expect, it } from 'vitest';
import type { CheckId, CheckInput } from '@/lib/domain/checks/finding.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';

function found(input: CheckInput): Array<[CheckId, string]> {
  return runChecks(input)
    .filter((finding) => !finding.checkId.startsWith('typography.'))
    .map((finding) => [finding.checkId, finding.message]);
}

describe('content checks', () => {
  it('passes a faithful translation', () => {
    const source = 'We trained **3 million** steps with [TRL](https://github.com/huggingface/trl) v0.7.1 and `DPOTrainer`.[^1]';
    const target = '我们用 [TRL](https://github.com/huggingface/trl) v0.7.1 和 `DPOTrainer` 训练了 **300 万**步。[^1]';
    expect(runChecks({ source, target })).toEqual([]);
  });

  it('reports an empty or unchanged translation as errors', () => {
    expect(runChecks({ source: 'Hello there, this is text.', target: '  ' })).toMatchObject([{ checkId: 'empty', severity: 'error' }]);
    expect(found({ source: 'This is a sentence to translate.', target: 'This is a sentence to translate.' })).toEqual([['untranslated', 'untranslated']]);
    expect(found({ source: '| Model | Size |\n| - | - |\n| Gemma | 7B |', target: '| Model | Size |\n| - | - |\n| Gemma | 7B |' })).toEqual([]);
  });

  it('finds an English sentence copied into the translation, but not a quoted or titled one', () => {
    const source = 'The model is small. It runs on a phone in the browser without any server.';
    expect(found({ source, target: '这个模型很小。It runs on a phone in the browser without any server.' })).toEqual([['leftover-english', 'leftoverEnglish']]);
    expect(found({ source, target: '这个模型很小，原文是“It runs on a phone in the browser without any server.”' })).toEqual([]);
  });
});

describe('Markdown parity', () => {
  it('needs the same link targets, allowing rewritten anchors and locale paths', () => {
    const source = 'See [setup](#setup), [docs](https://hf.co/docs/x) and [post](https://hf.co/blog/post?utm_source=x).';
    expect(found({ source, target: '见 [安装](#安装)、[文档](https://hf.co/docs/zh/x) 和 [文章](https://hf.co/blog/post)。' })).toEqual([]);
    expect(found({ source, target: '见 [安装](#安装) 和 [文档](https://hf.co/docs/x)。' })).toEqual([['markdown.links', 'linkMissing']]);
    expect(found({ source: 'Text.', target: '[文本](https://evil.example)。' })).toEqual([['markdown.links', 'linkExtra']]);
  });

  it('counts HTML anchors and images as links and images', () => {
    expect(found({ source: 'Go <a href="#local">locally</a>.', target: '选择 [本地](#本地)。' })).toEqual([]);
    expect(found({ source: '<img src="/a.png"> chart', target: '![图](/b.png) 图表' })).toEqual([
      ['markdown.images', 'imageExtra'],
      ['markdown.images', 'imageMissing'],
    ]);
  });

  it('needs code spans copied exactly and points at the changed one', () => {
    const findings = runChecks({ source: 'Call `load_model()` first.', target: '首先调用 `加载模型()`。' });
    expect(findings).toMatchObject([{ checkId: 'markdown.inline-code', severity: 'error', params: { value: 'load_model()' }, span: { start: 5, end: 13 } }]);
  });

  it('compares bold and strikethrough but not italics, which Chinese does not use', () => {
    expect(found({ source: 'A *very* **big** model.', target: '一个 **大** 模型。' })).toEqual([]);
    expect(found({ source: 'A **big** model.', target: '一个大模型。' })).toEqual([['markdown.emphasis', 'emphasisMismatch']]);
  });

  it('compares list structure and footnotes', () => {
    expect(found({ source: '- one\n  - nested', target: '- 一\n  - 嵌套' })).toEqual([]);
    expect(found({ source: '- one\n  - nested', target: '1. 一' })).toEqual([['markdown.list', 'listMismatch']]);
    expect(found({ source: 'Fact.[^note]', target: '事实。' })).toEqual([['markdown.footnotes', 'footnoteMissing']]);
  });

  it('needs bare URLs and e-mail addresses unchanged', () => {
    const source = 'Visit https://example.com/path or mail team@example.com.';
    expect(found({ source, target: '访问https://example.com/path或发邮件至 team@example.com。' })).toEqual([]);
    expect(found({ source, target: '访问 https://example.com/other 或发邮件。' })).toMatchObject([
      ['urls', 'urlMissing'],
      ['urls', 'urlMissing'],
    ]);
  });
});

describe('numbers', () => {
  it.each([
    ['It has 3 million users.', '它有 300 万用户。'],
    ['It has 1.5 billion parameters.', '它有 15 亿个参数。'],
    ['A 7B model', '一个 70 亿参数的模型'],
    ['A 7B model', '一个 7B 模型'],
    ['We used 44,000 videos.', '我们用了 44000 个视频。'],
    ['We used 2 GPUs and 12 nodes.', '我们用了两块 GPU 和十二个节点。'],
    ['In 2024, 20% more.', '2024 年多了百分之二十。'],
    ['Runs on an A100 (#FFE08C).', '在 A100 上运行 (`#FFE08C`)。'],
  ])('accepts %s → %s', (source, target) => {
    expect(found({ source, target })).toEqual([]);
  });

  it('reports a missing number and a changed version', () => {
    expect(found({ source: 'Trained on 128 GPUs.', target: '在 GPU 上训练。' })).toEqual([['numbers', 'numberMissing']]);
    expect(found({ source: 'Install v4.36.2 now.', target: '请安装 v4.36 版本。' })).toEqual([['numbers', 'versionMissing']]);
  });
});

describe('glossary', () => {
  const glossary = [
    { source: 'fine-tuning', target: '微调', status: 'preferred' as const },
    { source: 'model', target: '模特', status: 'forbidden' as const },
  ];

  it('finds a preferred term not used and a forbidden one used', () => {
    const findings = runChecks({ source: 'Fine-tuning a model.', target: '精调一个模特。', glossary });
    expect(findings.map((finding) => [finding.checkId, finding.severity, finding.span])).toEqual([
      ['glossary.missing-term', 'warning', { start: 0, end: 7 }],
      ['glossary.forbidden-term', 'error', { start: 4, end: 6 }],
    ]);
    expect(runChecks({ source: 'Fine-tuning models.', target: '微调模型。', glossary })).toEqual([]);
  });
});

describe('segment kinds', () => {
  it('skips code, HTML and math segments', () => {
    expect(runChecks({ source: '```\nx = 1\n```', target: '```\ny\n```', kind: 'code' })).toEqual([]);
  });
});
