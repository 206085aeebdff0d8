import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import floors of eslint.config.mjs, tested on planted wrong-way imports (nothing is written). */
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the import floors', () => {
  it.each([
    ['lib/domain/planted.ts', "import { db } from '@/lib/dal/core/db.ts';"],
    ['lib/domain/markdown/planted.ts', "import { slugSchema } from '../../validation/articles.ts';"],
    ['lib/domain/planted.ts', "import { redirect } from 'next/navigation';"],
    ['lib/domain/planted.ts', "import { useState } from 'react';"],
    ['lib/domain/planted.ts', "import { readFileSync } from 'node:fs';"],
    ['components/planted.tsx', "import type { EditorArticle } from '@/lib/dal/translating/editor.ts';"],
    ['components/planted.tsx', "import { setLocaleAction } from '@/app/actions.ts';"],
    ['app/planted.ts', "import { PrismaClient } from '@/prisma/generated/sqlite/client.ts';"],
    ['lib/cli/planted.ts', "import { PrismaClient } from '../../prisma/generated/sqlite/client.ts';"],
    ['bench/planted.ts', "import { loadCorpus } from '../tests/support/corpus.ts';"],
    ['lib/cli/planted.ts', "import { db } from '../dal/core/db.ts';"],
    ['lib/dal/core/planted.ts', "import { getViewer } from '@/lib/auth/viewer.ts';"],
    ['lib/dal/accounts/planted.ts', "import { auth } from '../../auth/config.ts';"],
    ['lib/dal/planted.ts', "import { defineApiRoute } from '@/lib/api/define-route.ts';"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await problems(filePath, `${code}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['lib/dal/translating/planted.ts', 'await tx.translation.updateMany({ where: { id }, data: { text } });'],
    ['lib/dal/articles/planted.ts', 'await db.revision.create({ data });'],
  ])('refuses a translation write outside the revision writer in %s: %s', async (filePath, code) => {
    expect(await problems(filePath, `declare const tx: any, db: any, id: string, text: string, data: object;\n${code}\nexport {};\n`)).toContain('no-restricted-syntax');
  });

  it.each([
    ['lib/dal/planted.ts', "import { PrismaClient } from '@/prisma/generated/sqlite/client.ts';"],
    ['components/planted.tsx', "import type { EditorArticle } from '@/lib/contracts/editor.ts';"],
    ['lib/domain/planted.ts', "import { z } from 'zod';"],
    ['bench/planted.ts', "import { loadCorpus } from './lib/corpus.ts';"],
    ['lib/dal/translating/revision-write.ts', "import { db } from '../core/db.ts';\nawait db.revision.create({ data: {} });"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await problems(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
