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

const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale` ("one", "other", ...); Chinese only ever has "other". */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && (depth -= 1) === 0) return index;
  }
  return -1;
}

/** `=0 {none} one {# file} other {# files}` as a map from selector to text, or null when malformed. */
function parsePluralOptions(options: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let rest = options.trim();
  while (rest !== '') {
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!selector?.[1]) return null;
    const open = selector[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return null;
    branches.set(selector[1], rest.slice(open + 1, close));
    rest = rest.slice(close + 1).trim();
  }
  return branches.has('other') ? branches : null;
}

/** The text of one `{...}` placeholder, or null to leave it as it is. */
function expandPlaceholder(inner: string, vars: MessageVars, locale: string): string | null {
  if (/^\w+$/.test(inner)) return Object.hasOwn(vars, inner) ? String(vars[inner]) : null;
  const plural = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (!plural?.[1] || !Object.hasOwn(vars, plural[1])) return null;
  const count = Number(vars[plural[1]]);
  const branches = parsePluralOptions(plural[2] ?? '');
  if (!branches || !Number.isFinite(count)) return null;
  const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(locale, count)) ?? branches.get('other') ?? '';
  return interpolate(branch.replaceAll('#', String(count)), vars, locale);
}

/**
 * Replaces `{name}` with `vars.name`, and `{name, plural, one {# segment} other {# segments}}` (ICU
 * MessageFormat's plural: `=N`, then the locale's category, then `other`; `#` is the number) with the
 * branch for `vars.name`. A placeholder without a value stays visible rather than vanishing, and values
 * are never expanded again.
 */
export function interpolate(template: string, vars?: MessageVars, locale = 'en'): string {
  if (!vars) return template;
  let result = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    const close = open < 0 ? -1 : closingBrace(template, open);
    if (close < 0) return result + template.slice(index);
    result += template.slice(index, open) + (expandPlaceholder(template.slice(open + 1, close), vars, locale) ?? template.slice(open, close + 1));
    index = close + 1;
  }
  return result;
}

export function createTranslator(messages: Messages, locale = 'en'): Translator {
  const strings = flatten(messages, '', new Map());
  return (key, vars) => interpolate(strings.get(key) ?? key, vars, locale);
}

/** Every key in a catalog, for tests and tooling. */
export function listMessageKeys(messages: Messages): string[] {
  return [...flatten(messages, '', new Map()).keys()];
}

/** The message for an AppError `code` (as in an ActionResult); unknown codes get the generic one. */
export function errorMessageKey(code: string): MessageKey {
  return Object.hasOwn(en.errors, code) && typeof en.errors[code as keyof typeof en.errors] === 'string' ? (`errors.${code}` as MessageKey) : 'errors.internal';
}
