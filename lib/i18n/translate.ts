import { en } from './messages/en.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every catalog must have: English's keys, any strings. */
export type Messages = Widen<typeof en>;

/** `'nav.home' | 'workspace.status.draft' | ...`: the dotted path of every string in T. */
export type DottedKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${DottedKey<T[K]>}`;
}[keyof T & string];

export type MessageKey = DottedKey<Messages>;
export type MessageVars = Record<string, string | number>;
export type Translator = (key: MessageKey, vars?: MessageVars) => string;

type Catalog = { readonly [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') into.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** Replaces `{name}` with `vars.name`; a placeholder without a value stays visible rather than vanishing. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}

export function createTranslator(messages: Messages): Translator {
  const strings = flatten(messages, '', new Map());
  return (key, vars) => interpolate(strings.get(key) ?? key, vars);
}

/** Every key in a catalog, for tests and tooling. */
export function listMessageKeys(messages: Messages): string[] {
  return [...flatten(messages, '', new Map()).keys()];
}

/** The message for an AppError `code` (as in an ActionResult); unknown codes get the generic one. */
export function errorMessageKey(code: string): MessageKey {
  return Object.hasOwn(en.errors, code) ? (`errors.${code}` as MessageKey) : 'errors.internal';
}
