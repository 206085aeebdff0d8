import remarkMath from 'remark-math';
import type { Processor } from 'unified';
import type { Extension } from 'micromark-util-types';
import { closableMathFlow } from './math-flow.ts';
import { pandocMathText } from './math-text.ts';

const DOLLAR = 0x24;

/**
 * Duet's math syntax, the one rule for every reader of Markdown (segmenting, the checks, the reader,
 * search): `$…$` by Pandoc's rule, so that prices stay text (see math-text.ts), and display math
 * that a `$$` ending a line also closes (see math-flow.ts). It replaces micromark-extension-math's
 * constructs, which are disabled by name in case remark-math has added them.
 */
export const mathSyntax: Extension = {
  disable: { null: ['mathFlow', 'mathText'] },
  flow: { [DOLLAR]: closableMathFlow },
  text: { [DOLLAR]: pandocMathText },
};

/**
 * remark-math with Duet's math syntax: the same `math` and `inlineMath` nodes (and so the same
 * rehype-katex output), read by the rule above.
 */
export function remarkMathSyntax(this: Processor) {
  remarkMath.call(this);
  (this.data().micromarkExtensions ??= []).push(mathSyntax);
}
