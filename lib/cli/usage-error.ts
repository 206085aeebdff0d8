/** A mistake in how the command was called: printed with the usage text, exit code 64. */
export class UsageError extends Error {}
