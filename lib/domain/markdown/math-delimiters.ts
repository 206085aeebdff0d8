import type { Code, Effects, State } from 'micromark-util-types';

export const DOLLAR = 0x24;
export const SPACE = 0x20;
/** micromark's codes for a tab and the virtual spaces that pad it to the next tab stop. */
export const TAB = -2;
export const VIRTUAL_SPACE = -1;

export const isLineEnding = (code: Code) => code !== null && code < TAB;

/**
 * Consumes a run of `$` (the opening or closing of math, or dollars inside it) and goes on with
 * `next`, given the code after the run and the run's length. Tokens are the caller's to enter and exit.
 */
export function consumeDollars(effects: Effects, next: (code: Code, size: number) => State | undefined): State {
  let size = 0;
  const run = (code: Code): State | undefined => {
    if (code !== DOLLAR) return next(code, size);
    effects.consume(code);
    size++;
    return run;
  };
  return run;
}
