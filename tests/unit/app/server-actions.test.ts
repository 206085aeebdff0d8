import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A 'use server' module makes every export callable from any browser. Each must therefore be built
 * by defineAction/definePublicAction (authentication, strict input parsing, error mapping).
 */
async function findServerActionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const withDirective = await Promise.all(
    files.map(async (file) => ((await readFile(file, 'utf8')).trimStart().startsWith("'use server'") ? file : null)),
  );
  return withDirective.filter((file): file is string => file !== null);
}

describe("'use server' modules", async () => {
  const files = await findServerActionFiles('app');

  it('exist (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file} exports only actions made by defineAction or definePublicAction`, async () => {
      const source = await readFile(file, 'utf8');
      const exports = [...source.matchAll(/^export\s+(.*)$/gm)].map((match) => match[1] ?? '');
      expect(exports.length).toBeGreaterThan(0);
      for (const line of exports) {
        expect(line).toMatch(/^const \w+Action = define(Public)?Action\(/);
      }
    });
  }
});
