import { describe, expect, it } from 'vitest';
import { reanchorSegments } from '@/lib/domain/markdown/reanchor.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';

const stored = (markdown: string) => segmentMarkdown(markdown).map((segment, index) => ({ ...segment, id: `s${index}` }));

describe('reanchorSegments', () => {
  const previous = stored(
    [
      '# Release notes',
      'Alpha paragraph about the new tokenizer and its speed.',
      'Bravo paragraph that will be deleted entirely.',
      'Charlie paragraph about memory use on large batches.',
      '## Moved section',
      'Delta paragraph that moves to the end of the article.',
    ].join('\n\n') + '\n',
  );
  const next = segmentMarkdown(
    [
      '# Release notes',
      'Alpha paragraph about the new tokenizer and its remarkable speed.',
      'A brand new paragraph inserted here.',
      'Charlie paragraph about memory use on large batches.',
      '## Moved section',
      'Delta paragraph that moves to the end of the article.',
    ].join('\n\n'),
  );

  it('finds unchanged, edited, added and removed segments', () => {
    const result = reanchorSegments(previous, next);
    expect(result.segments).toEqual([
      { status: 'unchanged', oldId: 's0' },
      { status: 'changed', oldId: 's1', previousSource: previous[1]!.source, kindChanged: false },
      { status: 'added' },
      { status: 'unchanged', oldId: 's3' },
      { status: 'unchanged', oldId: 's4' },
      { status: 'unchanged', oldId: 's5' },
    ]);
    expect(result.removed).toEqual(['s2']);
  });

  it('keeps the identity of a section that moved', () => {
    const reordered = segmentMarkdown(
      [
        '## Moved section',
        'Delta paragraph that moves to the end of the article.',
        '# Release notes',
        'Alpha paragraph about the new tokenizer and its speed.',
        'Charlie paragraph about memory use on large batches.',
        'Bravo paragraph that will be deleted entirely, but was edited instead.',
      ].join('\n\n'),
    );
    const result = reanchorSegments(previous, reordered);
    expect(result.segments.map((segment) => segment.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'changed',
    ]);
    expect(result.segments.map((segment) => ('oldId' in segment ? segment.oldId : null))).toEqual(['s4', 's5', 's0', 's1', 's3', 's2']);
    expect(result.removed).toEqual([]);
  });

  it('recognises an edited Chinese segment', () => {
    const result = reanchorSegments(stored('我们今天发布了一个新的开放模型，它支持中文和英文。\n'), segmentMarkdown('我们昨天发布了一个新的开放模型，它支持中文、英文和法文。\n'));
    expect(result.segments[0]?.status).toBe('changed');
  });

  it('keeps a block whose edit changed its kind as an edit of it', () => {
    const before = stored('<h1>Release notes for the spring version</h1>\n\n- Tokenizers run twice as fast on long inputs.\n\nDone.\n');
    const after = segmentMarkdown('# Release notes for the spring version\n\nTokenizers run twice as fast on long inputs.\n\nDone.\n');
    const result = reanchorSegments(before, after);
    expect(result.segments).toEqual([
      { status: 'changed', oldId: 's0', previousSource: before[0]!.source, kindChanged: true },
      { status: 'changed', oldId: 's1', previousSource: before[1]!.source, kindChanged: true },
      { status: 'unchanged', oldId: 's2' },
    ]);
    expect(result.removed).toEqual([]);
  });

  it('treats indented code that became a paragraph of the same words as an edit', () => {
    const before = stored('Intro.\n\n    pip install duet-tools now\n');
    const result = reanchorSegments(before, segmentMarkdown('Intro.\n\npip install duet-tools now\n'));
    expect(result.segments[1]).toEqual({ status: 'changed', oldId: 's1', previousSource: before[1]!.source, kindChanged: true });
  });

  it('restores an archived segment when its text comes back word for word', () => {
    const archived = [{ ...segmentMarkdown('A paragraph that was removed and then put back.\n')[0]!, id: 'gone' }];
    const current = stored('# Title\n\nBody.\n');
    const result = reanchorSegments(current, segmentMarkdown('# Title\n\nA paragraph that was removed and then put back.\n\nBody.\n'), archived);
    expect(result.segments).toEqual([
      { status: 'unchanged', oldId: 's0' },
      { status: 'restored', oldId: 'gone' },
      { status: 'unchanged', oldId: 's1' },
    ]);
  });
});
