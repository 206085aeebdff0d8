import type { Code, Construct, Effects, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { consumeDollars, DOLLAR, isLineEnding, SPACE, TAB, VIRTUAL_SPACE } from './math-delimiters.ts';

const TAB_SIZE = 4;

const isSpace = (code: Code) => code === SPACE || code === TAB || code === VIRTUAL_SPACE;

/**
 * Display math: micromark-extension-math's fenced math, closed also where GitHub, the Hugging Face
 * site and KaTeX close it. Posts end a formula with `…).$$` on its last line rather than `$$` on a
 * line of its own; remark-math read on to the next `$$` line (or to the end), and the prose after
 * became part of one formula. Here a run of at least the opening's dollars that ends a line after
 * other content closes the math, as does the stock closing line. Text after the opening `$$`
 * (`$$ \frac{a}{b}`) is the formula's first line, as KaTeX reads it, where remark-math took it for
 * an info string and dropped it. An opening line with another `$` stays a paragraph, as before.
 */
export const closableMathFlow: Construct = { name: 'closableMathFlow', tokenize: tokenizeMathFlow, concrete: true };

/**
 * Whether `line` (inside display math opened by `fenceLength` dollars) ends it after content, as
 * closableMathFlow reads it: the line-by-line scan of markdown-limits.ts must close the math where
 * the parser does, or it would let the rest of a document past the limits unscanned.
 */
export function closesMathAfterContent(line: string, fenceLength: number): boolean {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let runStart = end;
  while (runStart > 0 && line[runStart - 1] === '$') runStart--;
  if (end - runStart < fenceLength) return false;
  for (let index = 0; index < runStart; index++) if (line[index] !== ' ' && line[index] !== '\t') return true;
  return false;
}

const nonLazyContinuation: Construct = { tokenize: tokenizeNonLazyContinuation, partial: true };

function tokenizeMathFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  /** Whether the current line of the formula has had something other than spaces. */
  let lineHasContent = false;
  const closingLine: Construct = { tokenize: tokenizeClosingLine, partial: true };
  const closingAtLineEnd: Construct = { tokenize: tokenizeClosingAtLineEnd, partial: true };

  return start;

  function start(code: Code): State | undefined {
    effects.enter('mathFlow');
    effects.enter('mathFlowFence');
    effects.enter('mathFlowFenceSequence');
    return consumeDollars(effects, afterOpeningSequence)(code);
  }

  function afterOpeningSequence(code: Code, size: number): State | undefined {
    sizeOpen = size;
    if (sizeOpen < 2) return nok(code);
    effects.exit('mathFlowFenceSequence');
    return spaces(effects, 'whitespace', Infinity, afterOpening)(code);
  }

  function afterOpening(code: Code): State | undefined {
    effects.exit('mathFlowFence');
    if (code === null || isLineEnding(code)) return openingLineEnd(code);
    effects.enter('mathFlowValue');
    return firstLine(code);
  }

  function firstLine(code: Code): State | undefined {
    if (code === null || isLineEnding(code)) {
      effects.exit('mathFlowValue');
      return openingLineEnd(code);
    }
    if (code === DOLLAR) return nok(code);
    effects.consume(code);
    return firstLine;
  }

  function openingLineEnd(code: Code): State | undefined {
    // Asked only whether the math can interrupt a paragraph, which it can.
    if (self.interrupt) return ok(code);
    return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code);
  }

  function beforeNonLazyContinuation(code: Code): State | undefined {
    return effects.attempt(closingLine, after, contentStart)(code);
  }

  function contentStart(code: Code): State | undefined {
    lineHasContent = false;
    return initialSize ? spaces(effects, 'linePrefix', initialSize + 1, beforeContentChunk)(code) : beforeContentChunk(code);
  }

  function beforeContentChunk(code: Code): State | undefined {
    if (code === null) return after(code);
    if (isLineEnding(code)) return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code);
    effects.enter('mathFlowValue');
    return contentChunk(code);
  }

  function contentChunk(code: Code): State | undefined {
    if (code === null || isLineEnding(code)) {
      effects.exit('mathFlowValue');
      return beforeContentChunk(code);
    }
    if (code === DOLLAR) return lineHasContent ? effects.check(closingAtLineEnd, closeAtLineEnd, dollarRun)(code) : dollarRun(code);
    if (!isSpace(code)) lineHasContent = true;
    effects.consume(code);
    return contentChunk;
  }

  /** A run of dollars that does not close the math is part of it, consumed whole so that it is checked once. */
  function dollarRun(code: Code): State | undefined {
    lineHasContent = true;
    return consumeDollars(effects, contentChunk)(code);
  }

  function closeAtLineEnd(code: Code): State | undefined {
    effects.exit('mathFlowValue');
    effects.enter('mathFlowFence');
    effects.enter('mathFlowFenceSequence');
    return consumeDollars(effects, afterClosingSequence)(code);
  }

  function afterClosingSequence(code: Code): State | undefined {
    effects.exit('mathFlowFenceSequence');
    return spaces(effects, 'whitespace', Infinity, (next) => {
      effects.exit('mathFlowFence');
      return after(next);
    })(code);
  }

  function after(code: Code): State | undefined {
    effects.exit('mathFlow');
    return ok(code);
  }

  /** A line of at least the opening's dollars, indented less than code, and nothing else: the stock closing. */
  function tokenizeClosingLine(effects: Effects, ok: State, nok: State): State {
    const indentation = self.parser.constructs.disable.null?.includes('codeIndented') ? Infinity : TAB_SIZE;
    return spaces(effects, 'linePrefix', indentation, (code) => {
      effects.enter('mathFlowFence');
      effects.enter('mathFlowFenceSequence');
      return consumeDollars(effects, afterSequence)(code);
    });

    function afterSequence(code: Code, size: number): State | undefined {
      if (size < sizeOpen) return nok(code);
      effects.exit('mathFlowFenceSequence');
      return spaces(effects, 'whitespace', Infinity, (next) => {
        if (next !== null && !isLineEnding(next)) return nok(next);
        effects.exit('mathFlowFence');
        return ok(next);
      })(code);
    }
  }

  /** At a run of dollars after content: whether it has the opening's length or more, and only spaces follow. */
  function tokenizeClosingAtLineEnd(effects: Effects, ok: State, nok: State): State {
    return (code) => {
      effects.enter('mathFlowFenceSequence');
      return consumeDollars(effects, afterSequence)(code);
    };

    function afterSequence(code: Code, size: number): State | undefined {
      effects.exit('mathFlowFenceSequence');
      if (size < sizeOpen) return nok(code);
      return spaces(effects, 'whitespace', Infinity, (next) => (next === null || isLineEnding(next) ? ok(next) : nok(next)))(code);
    }
  }
}

/** The next line, unless it is a lazy continuation of a quote or list the math is in (the math ends then). */
function tokenizeNonLazyContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code) => {
    if (code === null) return ok(code);
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return (next) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}

/** micromark's factorySpace: up to `max - 1` spaces and tabs as one token of `type`, then `next`. */
function spaces(effects: Effects, type: TokenType, max: number, next: State): State {
  let size = 0;
  const prefix = (code: Code): State | undefined => {
    if (isSpace(code) && size++ < max - 1) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return next(code);
  };
  return (code) => {
    if (!isSpace(code)) return next(code);
    effects.enter(type);
    return prefix(code);
  };
}
