import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { getViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';
import { AppError, DuplicateError, UnauthenticatedError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import type { ActionResult } from './action-result.ts';

function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    // React adds $ACTION_* fields to forms bound to Server Actions; they are not user input.
    if (!key.startsWith('$ACTION')) object[key] = value;
  }
  return object;
}

export function toActionError(error: unknown): ActionResult<never> {
  // redirect() and notFound() work by throwing; they must reach Next.js.
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors =
      error instanceof ValidationError ? error.fieldErrors : error instanceof DuplicateError ? { [error.field]: [error.message] } : {};
    return { ok: false, error: error.message, code: error.code, fieldErrors };
  }
  console.error(error);
  return { ok: false, error: 'Something went wrong. Please try again.', code: 'internal', fieldErrors: {} };
}

/** Forms show zod's messages in the interface language: Chinese for a Chinese interface, else English (zod's default). */
async function validationMessagesFor(): Promise<z.core.$ZodErrorMap | undefined> {
  const { locale } = await getTranslator();
  return locale === 'zh-CN' ? zhCN().localeError : undefined;
}

function buildAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, viewer: Viewer | null) => Promise<T>,
  requireSignIn: boolean,
) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const viewer = await getViewer();
      if (requireSignIn && !viewer) throw new UnauthenticatedError();
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      return { ok: true, data: await handler(parseOrThrow(schema, raw, await validationMessagesFor()), viewer) };
    } catch (error) {
      return toActionError(error);
    }
  };
}

/**
 * The one shape of every Server Action: authenticate, parse the input (an object or FormData) with a
 * strict schema, run the data-access call, and return a result instead of throwing.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, viewer: Viewer) => Promise<T>,
) {
  return buildAction(schema, (input, viewer) => handler(input, viewer as Viewer), true);
}

/** An action anyone may call, such as choosing the interface language. */
export function definePublicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, viewer: Viewer | null) => Promise<T>,
) {
  return buildAction(schema, handler, false);
}
