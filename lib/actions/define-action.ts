import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { getViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { validationMessageInChinese } from '@/lib/i18n/validation-messages.ts';
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

/**
 * Whether the visitor's interface is Chinese. Outside a request (a script, a test calling an action)
 * there is no interface: English, as the messages are written.
 */
async function isChineseInterface(): Promise<boolean> {
  try {
    return (await getTranslator()).locale === 'zh-CN';
  } catch {
    return false;
  }
}

/**
 * Parses an action's input. A refused input in a Chinese interface is parsed again with zod's
 * Chinese messages, so the error the form shows is in Chinese; the interface is looked up only then.
 */
async function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Promise<z.output<S>> {
  try {
    return parseOrThrow(schema, raw);
  } catch (error) {
    if (error instanceof ValidationError && (await isChineseInterface())) parseOrThrow(schema, raw, zhCN().localeError);
    throw error;
  }
}

/** A failure's per-field messages in the interface language: Duet's own messages, in Chinese for a Chinese interface. */
async function inInterfaceLanguage<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok || Object.keys(result.fieldErrors).length === 0 || !(await isChineseInterface())) return result;
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map(validationMessageInChinese)]));
  return { ...result, fieldErrors };
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
      return { ok: true, data: await handler(await parseInput(schema, raw), viewer) };
    } catch (error) {
      return inInterfaceLanguage(toActionError(error));
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
