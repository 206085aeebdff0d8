import type { GlossaryTerm } from '@/lib/domain/checks/finding.ts';

/*
 * What Duet asks a machine translation model (any OpenAI-compatible chat server), and how it reads
 * the answer. The request carries the segment, its neighbours for context and the glossary terms
 * found in it, with the instruction to keep Markdown, links, code and numbers as they are.
 */

export type MachineRequest = {
  source: string;
  /** The English (and Chinese, if any) of the segments before and after, for context only. */
  previous: { source: string; translation: string | null } | null;
  next: { source: string; translation: string | null } | null;
  glossary: readonly GlossaryTerm[];
};

export type ChatMessage = { role: 'system' | 'user'; content: string };

const instructions = [
  'You translate English Markdown into Simplified Chinese for a technical blog.',
  'Answer with the Chinese translation of the segment only: no preamble, no notes, no quotes around it.',
  'Keep the Markdown exactly: headings, lists, emphasis, links and their URLs, images, footnotes, HTML tags.',
  'Copy code spans, code blocks, math, URLs, e-mail addresses and numbers exactly as they are.',
  'Put a space between Chinese and Latin letters or digits. Use full-width Chinese punctuation.',
].join('\n');

function glossaryLines(glossary: readonly GlossaryTerm[]): string {
  return glossary.map((term) => (term.status === 'forbidden' ? `- never translate "${term.source}" as "${term.target}"` : `- "${term.source}" → "${term.target}"`)).join('\n');
}

function neighbour(label: string, segment: MachineRequest['previous']): string {
  if (!segment) return '';
  return `${label} (context only, do not translate):\n${segment.source}\n${segment.translation ? `Its translation: ${segment.translation}\n` : ''}\n`;
}

/** The chat messages for one segment. */
export function machineTranslationMessages(request: MachineRequest): ChatMessage[] {
  const terms = request.glossary.length > 0 ? `Glossary (use these translations):\n${glossaryLines(request.glossary)}\n\n` : '';
  return [
    { role: 'system', content: instructions },
    {
      role: 'user',
      content: `${terms}${neighbour('Segment before', request.previous)}${neighbour('Segment after', request.next)}Translate this segment:\n${request.source}`,
    },
  ];
}

/**
 * The translation in a model's answer: without a reasoning block (`<think>…</think>`, which some
 * self-hosted models send) or a code fence wrapped around the whole answer when the source had none.
 */
export function readMachineAnswer(answer: string, source: string): string {
  let text = answer.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const fenced = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(text);
  if (fenced && !source.trim().startsWith('```')) text = fenced[1]!.trim();
  return text;
}
