import type { TranslationStatus } from '@/lib/domain/workflow.ts';

/**
 * Expected failures: each has a stable `code` (used by the API, the UI's message catalog and tests),
 * an HTTP status, and an English message safe to show. Anything else is a bug: logged, and shown as
 * a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Also used when the caller may not see the resource: a miss and a refusal look the same. */
export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super('not_found', 404, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super('unauthenticated', 401, message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super('validation', 400, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict') {
    super(code, 409, message);
  }
}

/**
 * Something with this name exists already (an e-mail, a slug, a glossary pair, a repository name):
 * `field` is the form field to point at, so the form can say exactly that, in its own language.
 */
export class DuplicateError extends ConflictError {
  constructor(
    message: string,
    readonly field: DuplicateField,
  ) {
    super(message, 'duplicate');
  }
}

export type DuplicateField = 'email' | 'slug' | 'term' | 'repository';

/** The machine translation server is not configured, did not answer in time, or failed: nothing was written. */
export class MachineTranslationError extends AppError {
  constructor(message: string) {
    super('machine_translation', 503, message);
  }
}

/** A save based on a version someone else has replaced; carries theirs so nothing is lost. */
export class StaleVersionError extends ConflictError {
  constructor(readonly current: { text: string; status: TranslationStatus; version: number }) {
    super('Someone else saved this translation in the meantime');
  }
}

export class InvalidTransitionError extends AppError {
  constructor(message: string) {
    super('invalid_transition', 409, message);
  }
}

/** A request body over its route's limit: refused while reading, so it is never held whole in memory. */
export class PayloadTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super('payload_too_large', 413, `The request body is larger than ${formatBytes(maxBytes)}`);
  }
}

const formatBytes = (bytes: number) => (bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`);

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 429, 'Too many attempts. Try again later.');
  }
}

/** A reviewer approving text they wrote themselves, while the admin setting does not allow it. */
export class OwnTextApprovalError extends InvalidTransitionError {
  constructor() {
    super('You wrote this text, so another reviewer must approve it');
  }
}
