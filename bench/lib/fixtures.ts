/*
 * The data the benchmark needs, made through the data-access layer as the system viewer (the way
 * `duet` CLI commands and the seed do): a published 100-paragraph article for readers, a
 * 1,000-segment article and a 100-paragraph one for the editor, and a save-test article with one
 * translator per segment, each with an API token. Import with DATABASE_URL already pointing at the
 * bench database: the DAL reads it once, when first imported.
 */
import { gzipSync } from 'node:zlib';
import { importArticle } from '../../lib/dal/articles/articles.ts';
import { assignUser } from '../../lib/dal/articles/assignments.ts';
import { db } from '../../lib/dal/core/db.ts';
import { publishArticle } from '../../lib/dal/publishing/publish.ts';
import { createApiToken } from '../../lib/dal/accounts/tokens.ts';
import { createUser } from '../../lib/dal/accounts/users.ts';
import { systemViewer } from '../../lib/dal/core/viewer-types.ts';
import { generateArticleWithParagraphs, generateArticleWithSegments } from './articles.ts';
import type { SaveEditor } from './load-types.ts';

export const slugs = {
  reader: 'bench-reader-100',
  editor: 'bench-editor-1000',
  editorReference: 'bench-editor-100',
  saves: 'bench-saves',
} as const;

export type Fixtures = {
  reader: { slug: string; segments: number; paragraphs: number; markdown: { bytes: number; gzipBytes: number }; searchQuery: string };
  editor: { slug: string; segments: number };
  editorReference: { slug: string; segments: number };
  /** The translator who opens the editor in the browser. */
  editorUser: { email: string; password: string };
  /** One editor per segment for the load test. */
  saveEditors: SaveEditor[];
  /** A separate translator and segment for the unloaded reference saves. */
  referenceSaver: SaveEditor;
};

const password = 'bench-password-not-secret';

function markdownSize(markdown: string) {
  return { bytes: Buffer.byteLength(markdown), gzipBytes: gzipSync(markdown, { level: 6 }).length };
}

async function createTranslator(index: number | string) {
  const { user } = await createUser(systemViewer, {
    email: `translator-${index}@bench.local`,
    name: `Bench Translator ${index}`,
    role: 'translator',
    password,
  });
  return user;
}

/** Runs `work` over `items`, `width` at a time (scrypt hashing in createUser saturates a core each). */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) results.push(...(await Promise.all(items.slice(start, start + width).map(work))));
  return results;
}

export async function createFixtures(editors: number): Promise<Fixtures> {
  const reader = generateArticleWithParagraphs(100);
  const readerImport = await importArticle(systemViewer, { markdown: reader.english, translation: reader.chinese, slug: slugs.reader }, { approveImported: true });
  await publishArticle(systemViewer, slugs.reader);

  const editor = generateArticleWithSegments(1000, 11);
  const editorImport = await importArticle(systemViewer, { markdown: editor.english, translation: editor.chinese, slug: slugs.editor });
  const small = generateArticleWithParagraphs(100, 13);
  const smallImport = await importArticle(systemViewer, { markdown: small.english, translation: small.chinese, slug: slugs.editorReference });

  // Untranslated, so every save is a translator's own draft from the first one on.
  const saves = generateArticleWithParagraphs(Math.max(60, editors + 10), 17);
  await importArticle(systemViewer, { markdown: saves.english, slug: slugs.saves });
  const segments = await db.segment.findMany({
    where: { article: { slug: slugs.saves }, kind: 'paragraph', translatable: true, archivedAt: null },
    orderBy: { position: 'asc' },
    select: { id: true, translation: { select: { version: true } } },
  });
  if (segments.length < editors + 1) throw new Error(`The save-test article has ${segments.length} paragraphs; ${editors + 1} are needed`);

  const editorUser = await createTranslator('editor');
  await assignUser(systemViewer, slugs.editor, editorUser.id);
  await assignUser(systemViewer, slugs.editorReference, editorUser.id);

  const indexes = Array.from({ length: editors + 1 }, (_, index) => index + 1);
  const savers = await inBatches(indexes, 4, async (index) => {
    const user = await createTranslator(index);
    await assignUser(systemViewer, slugs.saves, user.id);
    const { secret } = await createApiToken(systemViewer, user.id, 'bench');
    const segment = segments[index - 1]!;
    return { label: `translator ${index}`, token: secret, segmentId: segment.id, version: segment.translation?.version ?? 0 };
  });

  return {
    reader: {
      slug: slugs.reader,
      segments: readerImport.segments,
      paragraphs: reader.paragraphs,
      markdown: markdownSize(reader.english + reader.chinese),
      // A word of the article's prose (after its title) for the search row.
      searchQuery: reader.english.split('\n\n')[1]?.match(/[A-Za-z]{6,}/)?.[0] ?? 'the',
    },
    editor: { slug: slugs.editor, segments: editorImport.segments },
    editorReference: { slug: slugs.editorReference, segments: smallImport.segments },
    editorUser: { email: editorUser.email, password },
    saveEditors: savers.slice(0, editors),
    referenceSaver: savers[editors]!,
  };
}

/** What the database holds for the given segments: revisions written by edits, and current versions. */
export async function readSaveOutcome(segmentIds: string[]) {
  const [editRevisions, translations] = await Promise.all([
    db.revision.count({ where: { origin: 'edit', translation: { segmentId: { in: segmentIds } } } }),
    db.translation.findMany({ where: { segmentId: { in: segmentIds } }, select: { segmentId: true, version: true } }),
  ]);
  return { editRevisions, versions: Object.fromEntries(translations.map((row) => [row.segmentId, row.version])) };
}

export async function disconnect(): Promise<void> {
  await db.$disconnect();
}
