import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { HOSTILE_FIELD_VALUES } from '../../../bench/lib/hostile-texts.ts';

/*
 * Every input schema, fuzzed: whatever a client sends, parsing either returns or throws a
 * ValidationError (a clean 400), never another error (a 500); how long the slowest inputs take is
 * printed by `npm run bench:pathological`. The schemas are found by
 * loading every module in lib/validation, so a new one is fuzzed without touching this file. Every
 * object schema is strict: an unknown field (`status`, `role`, `version`, `authorId`, …) is refused,
 * never silently dropped.
 */

const validationDir = path.resolve(import.meta.dirname, '../../../lib/validation');
const moduleFiles = readdirSync(validationDir).filter((file) => file.endsWith('.ts') && file !== 'parse.ts').sort();

type Schema = z.ZodType;
type Def = { type: string; catchall?: Schema; shape?: Record<string, Schema> } & Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const schemas: Array<[name: string, schema: Schema]> = [];
for (const file of moduleFiles) {
  const module = (await import(/* @vite-ignore */ path.join(validationDir, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) if (isSchema(value)) schemas.push([`${file}#${name}`, value]);
}

/** Every schema inside `schema` (itself included): pipes, unions, wrappers, arrays and object fields. */
function schemasWithin(schema: Schema, seen = new Set<Schema>()): Schema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const found = [schema];
  const def = defOf(schema);
  for (const [key, value] of Object.entries(def)) {
    if (key === 'checks') continue;
    const children = isSchema(value) ? [value] : Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
    for (const child of children) if (isSchema(child)) found.push(...schemasWithin(child, seen));
  }
  return found;
}

const objectSchemasWithin = (schema: Schema) => schemasWithin(schema).filter((inner) => defOf(inner).type === 'object');
const isStrict = (object: Schema) => defOf(object).catchall !== undefined && defOf(object).catchall!._zod.def.type === 'never';
const shapeKeys = (object: Schema) => Object.keys(defOf(object).shape ?? {});

/** Every field name any schema knows, so random objects reach the fields' own validators. */
const knownKeys = [...new Set(schemas.flatMap(([, schema]) => objectSchemasWithin(schema).flatMap(shapeKeys)))].sort();

// What a hostile or careless client adds: privilege and workflow fields, and prototype pollution.
const UNKNOWN_KEYS = ['status', 'role', 'version', 'authorId', 'userId', 'isAdmin', '__proto__', 'constructor', 'prototype'];
const DANGEROUS_KEYS = [...UNKNOWN_KEYS, 'toString', 'valueOf', 'hasOwnProperty', '', ' ', 'markdown\u0000', '\u202e'];

const controlText = fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const hugeText = fc
  .tuple(fc.constantFrom('a', ' ', '\n', '-', '中', '\u0000', '\ud800', '[', '`'), fc.integer({ min: 10_000, max: 6_000_000 }))
  .map(([piece, length]) => piece.repeat(length));
const frontMatterText = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n'))
  .map(([body, open]) => `${open}${body}\n---\nText\n`);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: controlText },
  { weight: 2, arbitrary: frontMatterText },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', 'on', 'true', 'false', '1', '0', '-1', '1e309', 'NaN', 'admin', 'approved', 'https://example.com/a', 'javascript:alert(1)', 'a@example.test', 'preferred', 'csv', 'tbx', 'json', 'matches', 'bilingual') },
  { weight: 1, arbitrary: hugeText },
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 999, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity, -Infinity, true, false, null, undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

/** Objects whose keys are mostly the schemas' own fields, plus dangerous ones, as own properties. */
function objectOf<T>(values: fc.Arbitrary<T>) {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...knownKeys), fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 8 })), values), { maxLength: 8 })
    .map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      return object;
    });
}

const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('node')),
  node: fc.oneof(fc.array(tie('tree'), { maxLength: 4 }), objectOf(tie('tree'))),
}));

/** Deeply nested arrays or objects, as JSON.parse would give them. */
const deep = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom('[', '{"items":', '{"__proto__":', '{"markdown":'), fc.constantFrom(...knownKeys))
  .map(([depth, open, key]) => {
    const close = open === '[' ? ']' : '}';
    const nested = JSON.parse(`${open.repeat(depth)}1${close.repeat(depth)}`) as unknown;
    return { [key]: nested, items: [nested] };
  });

const input = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() },
  { weight: 4, arbitrary: objectOf(scalar) },
  { weight: 3, arbitrary: tree },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }) },
  { weight: 1, arbitrary: deep },
);

/** Parses, returning what happened; anything but a value or a ValidationError fails the property. */
function attempt(schema: Schema, value: unknown): { ok: true } | { ok: false; error: ValidationError } {
  try {
    parseOrThrow(schema, value);
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error };
    throw new Error(`parseOrThrow threw ${String(error)} instead of a ValidationError`, { cause: error });
  }
}

/** The issues a parse reports, including those of every branch of a union. */
function issuesOf(schema: Schema, value: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const flatten = (issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] =>
    issues.flatMap((issue) => [issue, ...(issue.code === 'invalid_union' ? issue.errors.flatMap(flatten) : [])]);
  return flatten(result.error.issues);
}

const withKey = (value: Record<string, unknown>, key: string, extra: unknown) => {
  const copy = { ...value };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true, configurable: true });
  return copy;
};

describe('the input schemas under fuzzing', () => {
  it('finds every module and schema in lib/validation', () => {
    expect(moduleFiles.length).toBeGreaterThanOrEqual(10);
    expect(schemas.length).toBeGreaterThan(40);
    expect(knownKeys).toEqual(expect.arrayContaining(['text', 'baseVersion', 'version', 'body', 'markdown']));
  });

  it.each(schemas)('%s returns or throws a ValidationError for any input', (_name, schema) => {
    fc.assert(
      fc.property(input, (value) => {
        attempt(schema, value);
      }),
      { numRuns: 150 },
    );
  });

  it.each(schemas)('%s gives field errors with string messages', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), objectOf(scalar)), (value) => {
        const outcome = attempt(schema, value);
        if (outcome.ok) return;
        expect(outcome.error.status).toBe(400);
        for (const messages of Object.values(outcome.error.fieldErrors)) for (const message of messages) expect(typeof message).toBe('string');
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a value past every size limit in every field, with a message for each field', () => {
    const huge = HOSTILE_FIELD_VALUES['6,000,000 letters']!;
    const accepted: string[] = [];
    for (const [name, schema] of schemas) {
      const fields = objectSchemasWithin(schema).flatMap(shapeKeys);
      for (const [label, value] of [['bare', huge], ['in every field', Object.fromEntries(fields.map((field) => [field, huge]))]] as const) {
        const outcome = attempt(schema, value);
        if (outcome.ok) accepted.push(`${name} ${label}`);
        else for (const messages of Object.values(outcome.error.fieldErrors)) expect(messages.every((message) => typeof message === 'string' && message.length > 0)).toBe(true);
      }
    }
    // A translation memory file may be 50 MB (maxTmxBytes).
    expect(accepted).toEqual(['memory.ts#importTmxSchema in every field']);
  }, 120_000);

  it('returns or throws a ValidationError for hostile values in every field, and refuses hostile front matter at import', () => {
    for (const [, schema] of schemas) {
      const fields = objectSchemasWithin(schema).flatMap(shapeKeys);
      for (const value of Object.values(HOSTILE_FIELD_VALUES)) {
        attempt(schema, value);
        attempt(schema, Object.fromEntries(fields.map((field) => [field, value])));
      }
    }
    const importSchema = schemas.find(([name]) => name === 'articles.ts#importArticleSchema')![1];
    for (const [name, markdown] of Object.entries(HOSTILE_FIELD_VALUES).filter(([label]) => label.startsWith('front matter'))) {
      const outcome = attempt(importSchema, { markdown });
      expect(outcome.ok ? null : outcome.error.fieldErrors, name).toEqual({ markdown: [expect.stringMatching(/^The front matter is broken: /)] });
    }
  }, 120_000);
});

describe('unknown fields', () => {
  const objectSchemas = schemas.flatMap(([name, schema]) => objectSchemasWithin(schema).map((object, index) => [`${name} (object ${index + 1})`, object] as const));

  it('every object schema reachable from an export is strict', () => {
    expect(objectSchemas.length).toBeGreaterThan(30);
    expect(objectSchemas.filter(([, object]) => !isStrict(object)).map(([name]) => name)).toEqual([]);
  });

  it.each(objectSchemas.filter(([, object]) => isStrict(object)))('%s refuses an unknown field, whatever else is sent', (_name, object) => {
    const extraKeys = UNKNOWN_KEYS.filter((key) => !shapeKeys(object).includes(key));
    fc.assert(
      fc.property(objectOf(scalar), fc.constantFrom(...extraKeys), fc.oneof(scalar, fc.jsonValue()), (base, key, extra) => {
        // Only the schema's own fields, so the unknown one is the only unknown key.
        const known = Object.fromEntries(Object.entries(base).filter(([field]) => shapeKeys(object).includes(field)));
        const issues = issuesOf(object, withKey(known, key, extra));
        const unrecognized = issues.filter((issue) => issue.code === 'unrecognized_keys').flatMap((issue) => issue.keys);
        expect(unrecognized).toContain(key);
        expect(() => parseOrThrow(object, withKey(known, key, extra))).toThrow(ValidationError);
      }),
      { numRuns: 40 },
    );
  });

  /*
   * The requests a translator (and the forms around them) really send: each is accepted as it is and
   * refused with any one extra field, through the exported schema (pipes, unions and defaults included).
   */
  const valid: Record<string, unknown[]> = {
    'translations.ts#saveTranslationRequestSchema': [{ text: '木桥', baseVersion: 3 }],
    'translations.ts#saveTranslationSchema': [{ text: '木桥', version: 3 }],
    'translations.ts#statusChangeSchema': [{ version: 3 }],
    'translations.ts#revertSchema': [{ toVersion: 1, version: 3 }],
    'comments.ts#addCommentSchema': [{ body: 'Agreed.' }, { body: 'Agreed.', parentId: 'c1' }],
    'comments.ts#resolveCommentSchema': [{ resolved: true }],
    'reviews.ts#approveSchema': [{ version: 1 }],
    'reviews.ts#rejectSchema': [{ version: 1, category: 'accuracy', severity: 'major', comment: '不对' }],
    'reviews.ts#reviewEditRequestSchema': [{ text: '桥', baseVersion: 1 }],
    'reviews.ts#reviewEditSchema': [{ text: '桥', version: 1 }],
    'reviews.ts#bulkApproveSchema': [{ items: [{ segmentId: 's1', version: 1 }] }],
    'reviews.ts#markReadSchema': [{ ids: ['n1'] }, { all: true }],
    'reviews.ts#markReadFormSchema': [{ id: 'n1' }, { all: '1' }],
    'checks.ts#runChecksSchema': [{ source: 'Call 3 times.', target: '调用三次。' }],
    'glossary.ts#glossaryTermSchema': [{ source: 'bridge', target: '桥' }],
    'glossary.ts#updateGlossaryTermSchema': [{ id: 't1', source: 'bridge', target: '桥' }],
    'articles.ts#importArticleSchema': [{ markdown: '# Hi\n', slug: 'hi' }],
    'articles.ts#importFormSchema': [{ markdown: '# Hi\n', slug: '', sourceUrl: '' }],
    'articles.ts#setTranslatableSchema': [{ segmentId: 's1', translatable: 'false' }],
    'settings.ts#updateSettingsSchema': [{ 'reviewers.selfApprove': true }],
    'settings.ts#settingsFormSchema': [{ 'reviewers.selfApprove': 'on' }],
    'users.ts#createUserSchema': [{ email: 'a@example.test', name: 'A', role: 'translator', password: '' }],
    'waivers.ts#waiveFindingSchema': [{ version: 1, checkId: 'numbers', reason: '意译' }],
  };

  it('has a real request for schemas that exist', () => {
    const names = new Set(schemas.map(([name]) => name));
    expect(Object.keys(valid).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(Object.entries(valid))('%s accepts a real request and refuses it with an extra field', (name, requests) => {
    const schema = schemas.find(([candidate]) => candidate === name)![1];
    for (const request of requests as Array<Record<string, unknown>>) {
      expect(attempt(schema, request).ok, JSON.stringify(request)).toBe(true);
      for (const key of UNKNOWN_KEYS) {
        if (Object.hasOwn(request, key)) continue;
        for (const extra of ['approved', 999, 'admin', { $set: 1 }, true]) {
          const outcome = attempt(schema, withKey(request, key, extra));
          expect(outcome.ok, `${name} accepted ${key}: ${JSON.stringify(extra)}`).toBe(false);
        }
      }
    }
  });
});
