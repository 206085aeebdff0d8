import 'server-only';
import { readGlossaryFile } from '@/lib/domain/glossary/glossary-files.ts';
import type { InvalidGlossaryRow } from '@/lib/domain/glossary/glossary-file.ts';
import type { GlossaryEntry, GlossaryTermFields } from '@/lib/domain/glossary/glossary-term.ts';
import { can } from '@/lib/domain/permissions.ts';
import { ConflictError, DuplicateError, NotFoundError } from '@/lib/errors.ts';
import {
  glossaryFilterSchema,
  glossaryTermSchema,
  importGlossarySchema,
  type GlossaryFilter,
  type GlossaryTermInput,
  type ImportGlossaryInput,
} from '@/lib/validation/glossary.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { isRecordNotFound, isUniqueViolation } from '../core/prisma-errors.ts';
import type { Viewer } from '../core/viewer-types.ts';

/*
 * The glossary is read by everyone who translates or reviews (any signed-in viewer) and written by
 * admins (`glossary:manage`). Every write is audited.
 */

export type GlossaryTerm = GlossaryTermFields & { id: string; updatedAt: Date };

const termSelect = { id: true, source: true, target: true, notes: true, partOfSpeech: true, status: true, updatedAt: true } as const;
const byTerm = [{ source: 'asc' }, { target: 'asc' }] as const;

function assertCanManageGlossary(viewer: Viewer): void {
  if (!can(viewer, 'glossary:manage')) throw new NotFoundError();
}

/**
 * Terms in alphabetical order; `q` keeps those whose English, Chinese or notes contain it (ignoring
 * letter case, the same on both database engines: a glossary is small enough to filter here).
 */
export async function listGlossaryTerms(viewer: Viewer, filter: GlossaryFilter = {}): Promise<GlossaryTerm[]> {
  const { q, status } = parseOrThrow(glossaryFilterSchema, filter);
  const terms = await db.glossaryTerm.findMany({ where: status ? { status } : {}, orderBy: [...byTerm], select: termSelect });
  if (!q) return terms;
  const needle = q.toLocaleLowerCase();
  return terms.filter((term) => [term.source, term.target, term.notes].some((text) => text.toLocaleLowerCase().includes(needle)));
}

/** Every term as the editor's highlighting and the quality checks consume it (any signed-in viewer). */
export async function listGlossaryEntries(_viewer: Viewer): Promise<GlossaryEntry[]> {
  return db.glossaryTerm.findMany({ orderBy: [...byTerm], select: { source: true, target: true, status: true } });
}

export async function createGlossaryTerm(viewer: Viewer, input: GlossaryTermInput): Promise<GlossaryTerm> {
  assertCanManageGlossary(viewer);
  const data = parseOrThrow(glossaryTermSchema, input);
  return withWriteErrorsMapped(data, () =>
    db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.create({ data: { ...data, createdById: viewer.id }, select: termSelect });
      await recordAudit(tx, viewer, { action: 'glossary.create', targetType: 'glossary_term', targetId: term.id, detail: { source: term.source, target: term.target } });
      return term;
    }),
  );
}

export async function updateGlossaryTerm(viewer: Viewer, id: string, input: GlossaryTermInput): Promise<GlossaryTerm> {
  assertCanManageGlossary(viewer);
  const data = parseOrThrow(glossaryTermSchema, input);
  return withWriteErrorsMapped(data, () =>
    db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.update({ where: { id }, data, select: termSelect });
      await recordAudit(tx, viewer, { action: 'glossary.update', targetType: 'glossary_term', targetId: id, detail: { ...data } });
      return term;
    }),
  );
}

export async function deleteGlossaryTerm(viewer: Viewer, id: string): Promise<void> {
  assertCanManageGlossary(viewer);
  try {
    await db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.delete({ where: { id }, select: { source: true, target: true } });
      await recordAudit(tx, viewer, { action: 'glossary.delete', targetType: 'glossary_term', targetId: id, detail: term });
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFoundError('No such term');
    throw error;
  }
}

async function withWriteErrorsMapped<T>(term: { source: string; target: string }, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError(`The glossary has "${term.source}" → "${term.target}" already`, 'term');
    if (isRecordNotFound(error)) throw new NotFoundError('No such term');
    throw error;
  }
}

/** What an import did, or (when `invalid` is not empty) why it did nothing. */
export type GlossaryImportReport = { created: number; updated: number; unchanged: number; invalid: InvalidGlossaryRow[] };

/**
 * Imports a CSV or TBX glossary. A term is identified by its English and Chinese: a new pair is
 * created, a known pair gets the file's notes, part of speech and status. All or nothing: with any
 * invalid row the report lists them and nothing is written; an unreadable file is a GlossaryFileError.
 */
export async function importGlossary(viewer: Viewer, input: ImportGlossaryInput): Promise<GlossaryImportReport> {
  assertCanManageGlossary(viewer);
  const { format, content } = parseOrThrow(importGlossarySchema, input);
  const { rows, invalid } = readGlossaryFile(content, format);
  if (invalid.length > 0) return { created: 0, updated: 0, unchanged: 0, invalid };
  return db.$transaction(async (tx) => {
    const existing = await tx.glossaryTerm.findMany({ select: termSelect });
    const byPair = new Map(existing.map((term) => [`${term.source}\u0000${term.target}`, term]));
    const created: GlossaryTermFields[] = [];
    let updated = 0;
    for (const { term } of rows) {
      const current = byPair.get(`${term.source}\u0000${term.target}`);
      if (!current) created.push(term);
      else if (current.notes !== term.notes || current.partOfSpeech !== term.partOfSpeech || current.status !== term.status) {
        await tx.glossaryTerm.update({ where: { id: current.id }, data: term, select: { id: true } });
        updated += 1;
      }
    }
    await tx.glossaryTerm.createMany({ data: created.map((term) => ({ ...term, createdById: viewer.id })) });
    const report = { created: created.length, updated, unchanged: rows.length - created.length - updated, invalid: [] };
    await recordAudit(tx, viewer, { action: 'glossary.import', targetType: 'glossary', detail: { format, ...report } });
    return report;
  });
}
