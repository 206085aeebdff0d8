'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { createGlossaryTerm, deleteGlossaryTerm, importGlossary, updateGlossaryTerm } from '@/lib/dal/memory/glossary.ts';
import { detectGlossaryFormat } from '@/lib/domain/glossary/glossary-file.ts';
import { deleteGlossaryTermSchema, glossaryTermSchema, glossaryUploadSchema, updateGlossaryTermSchema } from '@/lib/validation/glossary.ts';

export const createGlossaryTermAction = defineAction(glossaryTermSchema, async (input, viewer) => {
  const term = await createGlossaryTerm(viewer, input);
  revalidatePath('/admin/glossary');
  return { source: term.source };
});

export const updateGlossaryTermAction = defineAction(updateGlossaryTermSchema, async ({ id, ...input }, viewer) => {
  await updateGlossaryTerm(viewer, id, input);
  revalidatePath('/admin/glossary');
});

export const deleteGlossaryTermAction = defineAction(deleteGlossaryTermSchema, async ({ id }, viewer) => {
  await deleteGlossaryTerm(viewer, id);
  revalidatePath('/admin/glossary');
});

export const importGlossaryAction = defineAction(glossaryUploadSchema, async ({ file }, viewer) => {
  const content = await file.text();
  const report = await importGlossary(viewer, { format: detectGlossaryFormat(content), content });
  if (report.invalid.length === 0) revalidatePath('/admin/glossary');
  return report;
});
