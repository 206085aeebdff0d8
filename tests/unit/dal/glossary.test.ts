import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import {
  createGlossaryTerm,
  deleteGlossaryTerm,
  importGlossary,
  listGlossaryEntries,
  listGlossaryTerms,
  updateGlossaryTerm,
} from '@/lib/dal/memory/glossary.ts';
import { writeGlossaryCsv } from '@/lib/domain/glossary/glossary-csv.ts';
import { writeGlossaryTbx } from '@/lib/domain/glossary/glossary-tbx.ts';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const pairs = async () => (await db.glossaryTerm.findMany({ orderBy: [{ source: 'asc' }, { target: 'asc' }], select: { source: true, target: true, status: true, notes: true } }));

describe('the glossary', () => {
  it('is written by admins, audited, and read by everyone signed in', async () => {
    const admin = await makeUser('admin');
    const term = await createGlossaryTerm(admin.viewer, { source: '  checkpoint ', target: '检查点', partOfSpeech: 'noun' });
    expect(term).toMatchObject({ source: 'checkpoint', target: '检查点', notes: '', partOfSpeech: 'noun', status: 'preferred' });
    await updateGlossaryTerm(admin.viewer, term.id, { source: 'checkpoint', target: '检查点', notes: 'Not 存档点', status: 'preferred' });
    await createGlossaryTerm(admin.viewer, { source: 'checkpoint', target: '存档点', status: 'forbidden' });

    const translator = await makeUser('translator');
    expect((await listGlossaryTerms(translator.viewer, { q: 'CHECKPOINT' })).map((found) => [found.target, found.notes])).toEqual([
      ['存档点', ''],
      ['检查点', 'Not 存档点'],
    ]);
    expect((await listGlossaryTerms(translator.viewer, { q: '存档', status: 'forbidden' })).map((found) => found.target)).toEqual(['存档点']);
    expect(await listGlossaryEntries(translator.viewer)).toEqual(
      expect.arrayContaining([
        { source: 'checkpoint', target: '检查点', status: 'preferred' },
        { source: 'checkpoint', target: '存档点', status: 'forbidden' },
      ]),
    );

    await deleteGlossaryTerm(admin.viewer, term.id);
    expect((await listGlossaryTerms(translator.viewer, { q: 'checkpoint' })).map((found) => found.target)).toEqual(['存档点']);
    const actions = await db.auditEvent.findMany({ where: { actorId: admin.user.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(['glossary.create', 'glossary.update', 'glossary.create', 'glossary.delete']);
  });

  it('refuses writes from translators and reviewers as if nothing were there', async () => {
    const admin = await makeUser('admin');
    const term = await createGlossaryTerm(admin.viewer, { source: 'shard', target: '分片' });
    for (const role of ['translator', 'reviewer'] as const) {
      const { viewer } = await makeUser(role);
      await expect(createGlossaryTerm(viewer, { source: 'replica', target: '副本' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateGlossaryTerm(viewer, term.id, { source: 'shard', target: '碎片' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteGlossaryTerm(viewer, term.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(importGlossary(viewer, { format: 'csv', content: 'english,chinese\nreplica,副本\n' })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.glossaryTerm.count({ where: { source: { in: ['shard', 'replica'] } } })).toBe(1);
  });

  it('reports a duplicate term as a conflict, a missing one as not found, and validates input', async () => {
    const admin = await makeUser('admin');
    await createGlossaryTerm(admin.viewer, { source: 'epoch', target: '轮次' });
    await expect(createGlossaryTerm(admin.viewer, { source: 'epoch', target: '轮次' })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateGlossaryTerm(admin.viewer, 'no-such-term', { source: 'a', target: '甲' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteGlossaryTerm(admin.viewer, 'no-such-term')).rejects.toBeInstanceOf(NotFoundError);
    await expect(createGlossaryTerm(admin.viewer, { source: '', target: '空' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createGlossaryTerm(admin.viewer, { source: 'x', target: 'y', status: 'maybe' } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('importing a glossary', () => {
  it('creates new terms, updates known ones and reports both, from CSV and TBX', async () => {
    const admin = await makeUser('admin');
    await createGlossaryTerm(admin.viewer, { source: 'tokenizer', target: '分词器' });
    await createGlossaryTerm(admin.viewer, { source: 'prompt', target: '提示词' });
    const csv = 'english,chinese,notes,part_of_speech,status\r\ntokenizer,分词器,"Keep ""tokenizer"" in code",noun,preferred\r\nprompt,提示词,,,\r\nlogit,对数几率,,noun,preferred\r\n';
    expect(await importGlossary(admin.viewer, { format: 'csv', content: csv })).toEqual({ created: 1, updated: 1, unchanged: 1, invalid: [] });
    const tbx = writeGlossaryTbx([{ source: 'logit', target: 'logit 值', notes: '', partOfSpeech: 'noun', status: 'forbidden' }]);
    expect(await importGlossary(admin.viewer, { format: 'tbx', content: tbx })).toEqual({ created: 1, updated: 0, unchanged: 0, invalid: [] });
    expect((await pairs()).filter((term) => ['tokenizer', 'logit'].includes(term.source))).toEqual([
      { source: 'logit', target: 'logit 值', status: 'forbidden', notes: '' },
      { source: 'logit', target: '对数几率', status: 'preferred', notes: '' },
      { source: 'tokenizer', target: '分词器', status: 'preferred', notes: 'Keep "tokenizer" in code' },
    ]);
    expect(await db.auditEvent.count({ where: { actorId: admin.user.id, action: 'glossary.import' } })).toBe(2);
  });

  it('changes nothing when any row is invalid, and reports every such row', async () => {
    const admin = await makeUser('admin');
    const before = await pairs();
    const report = await importGlossary(admin.viewer, { format: 'csv', content: 'english,chinese,status\nvalid,有效,preferred\n,缺英文,preferred\nbad,坏,sometimes\n' });
    expect(report).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      invalid: [
        { line: 3, message: 'english: Enter the English term' },
        { line: 4, message: 'status: Status must be one of: preferred, forbidden' },
      ],
    });
    await expect(importGlossary(admin.viewer, { format: 'tbx', content: '<tbx><text><body>' })).rejects.toBeInstanceOf(ValidationError);
    await expect(importGlossary(admin.viewer, { format: 'csv', content: 'english;chinese\nx;y\n' })).rejects.toBeInstanceOf(ValidationError);
    expect(await pairs()).toEqual(before);
  });

  it('round-trips an export through an import without changes', async () => {
    const admin = await makeUser('admin');
    await createGlossaryTerm(admin.viewer, { source: 'attention, self-', target: '自注意力', notes: 'Line one\nline two "quoted"', partOfSpeech: 'noun', status: 'preferred' });
    const terms = await listGlossaryTerms(admin.viewer);
    const csv = writeGlossaryCsv(terms);
    expect(await importGlossary(admin.viewer, { format: 'csv', content: csv })).toEqual({ created: 0, updated: 0, unchanged: terms.length, invalid: [] });
    expect(await importGlossary(admin.viewer, { format: 'tbx', content: writeGlossaryTbx(terms) })).toEqual({ created: 0, updated: 0, unchanged: terms.length, invalid: [] });
  });
});
