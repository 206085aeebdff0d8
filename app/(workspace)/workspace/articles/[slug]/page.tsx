import { Alert } from '@/components/ui/alert.tsx';
import { Badge, translationStatusTone } from '@/components/ui/badge.tsx';
import { Table } from '@/components/ui/table.tsx';
import { WordDiff } from '@/components/word-diff.tsx';
import { getArticleWorkspaceOrThrow } from '@/lib/dal/articles/articles.ts';
import { listAssignments } from '@/lib/dal/articles/assignments.ts';
import { can } from '@/lib/domain/permissions.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { machineTranslationConfig } from '@/lib/server/machine-translation.ts';
import { ArticleAdmin } from './_components/article-admin.tsx';
import { Assignments } from './_components/assignments.tsx';
import { ExportLinks } from './_components/export-links.tsx';
import { PublishControls } from './_components/publish-controls.tsx';
import { Pretranslate } from './_components/pretranslate.tsx';
import { TranslatableToggle } from './_components/translatable-toggle.tsx';
import { UnalignedBlocks } from './_components/unaligned-blocks.tsx';
import { XliffImport } from './_components/xliff-import.tsx';

/** Kinds carried untranslated by default, which a translator may opt in (e.g. code comments). */
const optionalKinds = new Set(['code', 'html', 'math', 'frontmatter']);

export default async function ArticleWorkspacePage({ params }: PageProps<'/workspace/articles/[slug]'>) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const { article, assignments, canPublish, canTranslate, canManage } = await loadPage(async () => {
    const viewer = await requireViewer();
    const article = await getArticleWorkspaceOrThrow(viewer, slug);
    return { article, assignments: can(viewer, 'articles:assign') ? await listAssignments(viewer, slug) : null, canPublish: can(viewer, 'articles:publish'), canTranslate: can(viewer, 'translations:edit'), canManage: can(viewer, 'articles:manage') };
  }, `/workspace/articles/${slug}`);
  // An archived article is shown read only: the controls that would change it are left out.
  const archived = article.archivedAt !== null;
  return (
    <section className="stack">
      <h1>{article.title}</h1>
      {article.titleZh && <p lang="zh-CN">{article.titleZh}</p>}
      {archived && <Alert tone="warning">{t('articleAdmin.archivedNotice')}</Alert>}
      <ExportLinks slug={article.slug} />
      {canTranslate && !archived && <XliffImport slug={article.slug} />}
      {canTranslate && !archived && (
        <Pretranslate
          slug={article.slug}
          untranslatedIds={article.segments.filter((s) => s.translatable && s.translation?.status === 'untranslated' && s.translation.text === '').map((s) => s.id)}
          machine={machineTranslationConfig() !== null}
        />
      )}
      {assignments && <Assignments slug={article.slug} {...assignments} />}
      {canPublish && <PublishControls slug={article.slug} status={article.status} remaining={article.segments.filter((s) => s.translatable && s.translation?.status !== 'approved').length} />}
      <UnalignedBlocks
        blocks={article.unaligned.map((block) => ({ id: block.id, text: block.text, afterPosition: block.afterSegment?.position ?? null }))}
        segments={article.segments
          .filter((segment) => segment.translatable)
          .map((segment) => ({ id: segment.id, position: segment.position, label: segment.content.slice(0, 60) }))}
      />
      <Table caption={t('workspace.segments')} className="segments">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('reader.english')}</th>
            <th scope="col">{t('reader.chinese')}</th>
            <th scope="col">{t('workspace.statusHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {article.segments.map((segment) => (
            <tr key={segment.id} data-translatable={segment.translatable}>
              <td>{segment.position + 1}</td>
              <td lang="en">
                {segment.translation?.status === 'outdated' && segment.previousContent !== null ? (
                  <WordDiff
                    previous={segment.previousContent}
                    next={segment.content}
                    label={t('workspace.sourceChanged')}
                  />
                ) : (
                  <pre className="segment-source">{segment.content}</pre>
                )}
              </td>
              <td lang="zh-CN">
                <pre className="segment-source">{segment.translation?.text}</pre>
              </td>
              <td>
                {segment.translatable ? (
                  <Badge tone={translationStatusTone[segment.translation?.status ?? 'untranslated']}>
                    {t(`workspace.status.${segment.translation?.status ?? 'untranslated'}`)}
                  </Badge>
                ) : (
                  '—'
                )}
                {optionalKinds.has(segment.kind) && !archived && (
                  <TranslatableToggle segmentId={segment.id} translatable={segment.translatable} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {/* Hard to undo, so last on the page, away from everyday controls. */}
      {canManage && <ArticleAdmin slug={article.slug} title={article.title} archived={archived} />}
    </section>
  );
}
