/**
 * Every zod schema exported from lib/validation with the field names of every object inside it, as
 * tests/unit/domain/fuzz-schemas.test.ts finds them, so a benchmark can time parsing a value in each.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

export type InputSchema = { name: string; schema: z.ZodType; fields: string[] };

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string; shape?: Record<string, unknown> } } })._zod.def;

/** The field names of every object schema inside `schema` (itself included), through pipes, unions and wrappers. */
function fieldsWithin(schema: z.ZodType, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const fields = def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
  for (const [key, value] of Object.entries(def)) {
    if (key === 'checks') continue;
    const children = isSchema(value) ? [value] : Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
    for (const child of children) if (isSchema(child)) fields.push(...fieldsWithin(child, seen));
  }
  return fields;
}

export async function loadInputSchemas(): Promise<InputSchema[]> {
  const folder = path.join(process.cwd(), 'lib', 'validation');
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'parse.ts').sort();
  const schemas: InputSchema[] = [];
  for (const file of files) {
    const module = (await import(path.join(folder, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isSchema(value)) schemas.push({ name: `${file}#${name}`, schema: value, fields: fieldsWithin(value) });
  }
  return schemas;
}
