import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';

const english = [
  'Intro paragraph about the release.',
  '<p align="center">\n  <img src="assets/chart.png" alt="Loss over time" width=500>\n</p>',
  '<p align="center"><em>Loss over time on the validation set.</em></p>',
  '<p>🗣 <strong>No prompts</strong>: the model answers to plain speech in 12 languages.</p>',
  '<p>🔊 <strong>Real voices</strong>: see <a href="https://example.org/demo">the demo</a>.</p>',
  '<br>',
  'Closing paragraph.',
].join('\n\n');

const chinese = [
  '关于这次发布的介绍段落。',
  '<p align="center">\n  <img src="assets/chart.png" alt="损失随时间变化" width=500>\n</p>',
  '<p align="center"><em>验证集上的损失随时间的变化。</em></p>',
  '<p>🗣 <strong>无需提示词</strong>：模型能听懂 12 种语言的日常对话。</p>',
  '<p>🔊 <strong>真实的声音</strong>：请看<a href="https://example.org/demo">演示</a>。</p>',
  '<br>',
  '结尾段落。',
].join('\n\n');

describe('HTML blocks', () => {
  it('are translatable when they hold prose and carried when they are only markup', () => {
    expect(segmentMarkdown(english).map((segment) => [segment.kind, segment.translatable])).toEqual([
      ['paragraph', true],
      ['html', false],
      ['html', true],
      ['html', true],
      ['html', true],
      ['html', false],
      ['paragraph', true],
    ]);
  });

  it('align with the Chinese HTML block that keeps their tags, by their text rather than their markup', () => {
    const segments = segmentMarkdown(english);
    const alignment = alignTranslation(segments, chinese);
    expect(alignment.unaligned).toEqual([]);
    expect(alignment.pairs.map((pair) => [pair.segmentIndex, pair.text])).toEqual(chinese.split('\n\n').map((block, index) => [index, block]));
  });

  it('are checked: the same tags in the Chinese raise nothing, while the checks still read their text', () => {
    const [, , caption, prompts, voices] = segmentMarkdown(english).map((segment) => segmentContent(segment.source));
    const [, , captionZh, promptsZh, voicesZh] = chinese.split('\n\n');
    for (const [source, target] of [[caption, captionZh], [prompts, promptsZh], [voices, voicesZh]]) {
      expect(runChecks({ source: source!, target: target!, kind: 'html' }).filter((finding) => finding.severity === 'error')).toEqual([]);
    }
    const checkIds = (source: string, target: string) => runChecks({ source, target, kind: 'html' }).map((finding) => finding.checkId);
    expect(checkIds(prompts!, prompts!)).toContain('untranslated');
    expect(checkIds(prompts!, '<p>🗣 <strong>无需提示词</strong>：模型能听懂多种语言的日常对话。</p>')).toContain('numbers');
    expect(checkIds(voices!, '<p>🔊 <strong>真实的声音</strong>：请看演示。</p>')).toContain('markdown.links');
  });
});
