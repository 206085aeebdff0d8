import { ValidationError } from '../../errors.ts';

/** An XLIFF file Duet cannot read, or an article it cannot write as XLIFF; the message names the problem. */
export class XliffError extends ValidationError {}
