import { describe, expect, it } from 'vitest';
import { machineTranslationMessages, readMachineAnswer } from '@/lib/domain/mt/prompt.ts';

describe('the machine translation request', () => {
  it('carries the segment, its neighbours, the glossary and the instruction to keep Markdown, code and numbers', () => {
    const [system, user] = machineTranslationMessages({
      source: 'Run `make` on 3 machines.',
      previous: { source: 'Build it first.', translation: '先构建。' },
      next: null,
      glossary: [{ source: 'machine', target: '机器', status: 'preferred' }, { source: 'build', target: '建造', status: 'forbidden' }],
    });
    expect(system!.content).toMatch(/Keep the Markdown exactly/);
    expect(system!.content).toMatch(/code spans.*numbers exactly/);
    expect(user!.content).toContain('"machine" → "机器"');
    expect(user!.content).toContain('never translate "build" as "建造"');
    expect(user!.content).toContain('Build it first.\nIts translation: 先构建。');
    expect(user!.content).not.toContain('Segment after');
    expect(user!.content.endsWith('Translate this segment:\nRun `make` on 3 machines.')).toBe(true);
  });
});

describe('reading the answer', () => {
  it('drops a reasoning block and a fence around the whole answer, but keeps a code block the source had', () => {
    expect(readMachineAnswer('<think>hmm</think>\n在 3 台机器上运行 `make`。', 'x')).toBe('在 3 台机器上运行 `make`。');
    expect(readMachineAnswer('```markdown\n你好。\n```', 'Hello.')).toBe('你好。');
    expect(readMachineAnswer('```sh\nls\n```', '```sh\nls\n```')).toBe('```sh\nls\n```');
  });
});
