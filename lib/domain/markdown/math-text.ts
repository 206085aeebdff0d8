import { math } from 'micromark-extension-math';
import type { Code, Construct, Effects, State, Token } from 'micromark-util-types';
import { consumeDollars, DOLLAR, isLineEnding, SPACE, TAB, VIRTUAL_SPACE } from './math-delimiters.ts';

const BACKSLASH = 0x5c;

const isWhitespace = (code: Code) => code !== null && (code < 0 || code === SPACE);
const isDigit = (code: Code) => code !== null && code >= 0x30 && code <= 0x39;

const stockMathText = math().text?.[DOLLAR];
if (!stockMathText || Array.isArray(stockMathText)) throw new Error('micromark-extension-math has no single inline math construct');

/**
 * Inline math, `$…$` and `$$…$$`: micromark-extension-math's construct with Pandoc's rule for a
 * single dollar, so that prices stay text (`costs $0.025, or about $0.7 in all`). A single `$` opens
 * math only before a non-space; the first unescaped `$` after it decides: it closes the math if it
 * follows a non-space, is not part of `$$` and is not followed by a digit, and otherwise there is no
 * math from that opening (Pandoc's reading too: `$5 and $x$` is a price, then math). Deciding at the
 * first `$` also keeps the parse linear: no attempt from a single `$` reads past the next one. Inside
 * single-dollar math `\$` is TeX's dollar sign, not a delimiter.
 *
 * Two or more dollars keep the stock rule (the same number closes; a space inside each end is
 * padding): Pandoc puts no spacing rule on `$$…$$` either, and posts write `$$ f(x) $$` on a line.
 */
export const pandocMathText: Construct = {
  ...stockMathText,
  // A construct is disabled by name, and the stock one must be disabled where remark-math adds it.
  name: 'pandocMathText',
  tokenize: tokenizeMathText,
};

function tokenizeMathText(effects: Effects, ok: State, nok: State): State {
  let sizeOpen = 0;
  let sequence: Token | undefined;
  /** Whether the character before a `$` is a space, a tab or a line ending. */
  let afterWhitespace = false;

  return start;

  function start(code: Code): State | undefined {
    effects.enter('mathText');
    effects.enter('mathTextSequence');
    return consumeDollars(effects, afterOpening)(code);
  }

  function afterOpening(code: Code, size: number): State | undefined {
    sizeOpen = size;
    if (sizeOpen === 1 && (code === null || isWhitespace(code))) return nok(code);
    effects.exit('mathTextSequence');
    return between(code);
  }

  function between(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (code === DOLLAR) {
      if (sizeOpen === 1 && afterWhitespace) return nok(code);
      sequence = effects.enter('mathTextSequence');
      return consumeDollars(effects, afterClosing)(code);
    }
    if (code === SPACE || isLineEnding(code)) {
      const type = code === SPACE ? 'space' : 'lineEnding';
      effects.enter(type);
      effects.consume(code);
      effects.exit(type);
      afterWhitespace = true;
      return between;
    }
    effects.enter('mathTextData');
    return data(code);
  }

  function data(code: Code): State | undefined {
    if (code === null || code === SPACE || code === DOLLAR || isLineEnding(code)) {
      effects.exit('mathTextData');
      return between(code);
    }
    afterWhitespace = code === TAB || code === VIRTUAL_SPACE;
    effects.consume(code);
    return code === BACKSLASH && sizeOpen === 1 ? escaped : data;
  }

  /** After a backslash, which makes a `$` (or another backslash) plain TeX. */
  function escaped(code: Code): State | undefined {
    if (code !== DOLLAR && code !== BACKSLASH) return data(code);
    effects.consume(code);
    return data;
  }

  function afterClosing(code: Code, size: number): State | undefined {
    if (size === sizeOpen && !(sizeOpen === 1 && isDigit(code))) {
      effects.exit('mathTextSequence');
      effects.exit('mathText');
      return ok(code);
    }
    if (sizeOpen === 1) return nok(code);
    // A run of another length is part of the math, as in the stock construct.
    sequence!.type = 'mathTextData';
    return data(code);
  }
}
