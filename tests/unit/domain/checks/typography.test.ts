import { describe, expect, it } from 'vitest';
import { fixAll } from '@/lib/domain/checks/apply-fixes.ts';
import type { CheckId } from '@/lib/domain/checks/finding.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { editableSource, editableTranslation } from '@/lib/domain/markdown/front-matter-value.ts';

/** A source with no numbers, links or code, so only the target's typography is judged. */
const SOURCE = 'Some English text.';

function typography(target: string): Array<[CheckId, string, number]> {
  return runChecks({ source: SOURCE, target })
    .filter((finding) => finding.checkId.startsWith('typography.'))
    .map((finding) => [finding.checkId, target.slice(finding.span.start, finding.span.end), finding.span.start]);
}

const fixed = (target: string) => fixAll({ source: SOURCE, target });

describe('Chinese typography: text that follows the guidelines passes', () => {
  it.each([
    '在 2024 年，我们用 Rust 重写了 CLI 工具。',
    '新 MacBook Pro 有 15% 的 CPU 性能提升。',
    '刚刚买了一部 iPhone，好开心！',
    '他说：“我们明天见。”然后就走了。',
    '「这是引号」也可以用。',
    '等等……然后呢？',
    '这不是问题——而是机会。',
    '这不是问题 —— 而是机会。',
    '编码器-解码器模型',
    '使用 `npm install`安装依赖，`code` 旁边的空格随意。',
    '访问https://example.com/a,b 查看，或写信给 someone@example.com。',
    '公式 $x_1,x_2$ 和代码 `a,b` 不检查。',
    'He said "hello", and left. An English sentence, with English punctuation!',
    '请阅读 [这篇文章](https://example.com/post) 了解 **更多** 信息。',
    '版本 v1.2.3 于 12:30 发布，见 .NET 文档。',
    '温度为 30° 左右',
  ])('%s', (target) => {
    expect(typography(target)).toEqual([]);
    expect(fixed(target)).toBe(target);
  });
});

describe('Chinese typography: each violation is found, located and fixed', () => {
  it.each<[string, Array<[CheckId, string, number]>, string]>([
    ['在2024年使用Rust', [['typography.cjk-latin-space', '在2', 0], ['typography.cjk-latin-space', '4年', 4], ['typography.cjk-latin-space', '用R', 7]], '在 2024 年使用 Rust'],
    ['提升了15%的性能', [['typography.cjk-latin-space', '了1', 2], ['typography.cjk-latin-space', '%的', 5]], '提升了 15% 的性能'],
    ['中文**English**中文', [['typography.cjk-latin-space', '文**E', 1], ['typography.cjk-latin-space', 'h**中', 10]], '中文 **English** 中文'],
    ['从[YouTube](https://youtube.com)下载', [['typography.cjk-latin-space', '从[Y', 0], ['typography.cjk-latin-space', 'e](https://youtube.com)下', 8]], '从 [YouTube](https://youtube.com) 下载'],
    ['你好 ，世界 。', [['typography.fullwidth-space', ' ', 2], ['typography.fullwidth-space', ' ', 6]], '你好，世界。'],
    ['是的！ 没错', [['typography.fullwidth-space', ' ', 3]], '是的！没错'],
    ['中文\u3000English', [['typography.fullwidth-space', '\u3000', 2]], '中文 English'],
    ['你好,世界.', [['typography.punctuation-width', ',', 2], ['typography.punctuation-width', '.', 5]], '你好，世界。'],
    ['结果很明显: 先微调', [['typography.punctuation-width', ': ', 5]], '结果很明显：先微调'],
    ['真的吗?是的!', [['typography.punctuation-width', '?', 3], ['typography.punctuation-width', '!', 6]], '真的吗？是的！'],
    ['例如 GPT-4, 它很强', [['typography.punctuation-width', ', ', 8]], '例如 GPT-4，它很强'],
    ['Hello，world', [['typography.punctuation-width', '，', 5]], 'Hello, world'],
    ['他说"你好"', [['typography.quotes', '"你好"', 2]], '他说“你好”'],
    ['他说“你好', [['typography.quotes', '“', 2]], '他说“你好'],
    ['等等...然后', [['typography.ellipsis', '...', 2]], '等等……然后'],
    ['等等。。。然后', [['typography.ellipsis', '。。。', 2]], '等等……然后'],
    ['等等…然后', [['typography.ellipsis', '…', 2]], '等等……然后'],
    ['这不是问题--而是机会', [['typography.dash', '--', 5]], '这不是问题——而是机会'],
    ['这不是问题—而是机会', [['typography.dash', '—', 5]], '这不是问题——而是机会'],
    ['太好了！！', [['typography.repeated-punctuation', '！！', 3]], '太好了！'],
    ['真的吗？？', [['typography.repeated-punctuation', '？？', 3]], '真的吗？'],
    ['结束了。。', [['typography.repeated-punctuation', '。。', 3]], '结束了。'],
    ['真的吗？！', [['typography.repeated-punctuation', '？！', 3]], '真的吗？！'],
  ])('%s', (target, expected, expectedFix) => {
    expect(typography(target)).toEqual(expected);
    expect(fixed(target)).toBe(expectedFix);
  });

  it('converts half-width punctuation and then collapses what repeats', () => {
    expect(fixed('太好了!!')).toBe('太好了！');
  });

  it('keeps the space between emphasis and full-width punctuation, which the emphasis may need', () => {
    expect(typography('**“引用”** ，然后')).toEqual([]);
  });

  it('does not glue text to a bare URL, which would run into it', () => {
    const target = '见 https://example.com ，然后';
    expect(typography(target)).toEqual([['typography.fullwidth-space', ' ', 21]]);
    expect(fixed(target)).toBe(target);
  });

  it('reports findings with the check’s severity and a message key', () => {
    const [finding] = runChecks({ source: SOURCE, target: '中文English' });
    expect(finding).toEqual({
      checkId: 'typography.cjk-latin-space',
      severity: 'warning',
      message: 'cjkLatinSpace',
      span: { start: 1, end: 3 },
      fix: { start: 2, end: 2, replacement: ' ' },
    });
  });

  it('checks a front matter value as plain text', () => {
    expect(runChecks({ source: 'Fine-tuning Llama 2', target: '微调Llama 2', kind: 'frontmatter' })).toMatchObject([
      { checkId: 'typography.cjk-latin-space', span: { start: 1, end: 3 } },
    ]);
  });

  it('checks a translated title as its value, whether typed bare or stored as a YAML line', () => {
    const segment = { kind: 'frontmatter', source: 'title: "Fine-tuning Llama 2"\n', translatable: true };
    for (const stored of ['微调Llama 3', 'title: "微调Llama 3"']) {
      const findings = runChecks({ source: editableSource(segment), target: editableTranslation(segment, stored), kind: 'frontmatter' });
      expect(findings.map((finding) => [finding.checkId, finding.span])).toEqual([
        ['numbers', { start: 0, end: 9 }],
        ['typography.cjk-latin-space', { start: 1, end: 3 }],
      ]);
    }
  });
});
