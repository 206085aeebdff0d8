import type { Metadata } from 'next';
import { Editor } from '@/components/editor/editor.tsx';
import { parseEditorFilter } from '@/components/editor/filters.ts';
import { getEditorArticleOrThrow } from '@/lib/dal/translating/editor.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { loadPage } from '@/lib/server/load-page.ts';

export const metadata: Metadata = { robots: { index: false } };

export default async function EditArticlePage({ params, searchParams }: PageProps<'/workspace/articles/[slug]/edit'>) {
  const { slug } = await params;
  const { segment, filter } = await searchParams;
  const article = await loadPage(async () => getEditorArticleOrThrow(await requireViewer(), slug), `/workspace/articles/${slug}/edit`);
  return <Editor article={article} initialSegmentId={typeof segment === 'string' ? segment : null} initialFilter={parseEditorFilter(filter)} />;
}
