/** Interface text for archiving and deleting an article (admins): English is the source of truth, zh-CN must have the same keys. */
export const articleAdminEn = {
  heading: 'Archive or delete',
  archivedNotice: 'This article is archived: it is left out of the workspace lists and nobody can change it. A published version stays readable until it is unpublished.',
  archive: 'Archive',
  archiveTitle: 'Archive “{title}”?',
  archiveBody: 'It leaves the workspace lists (see it under the Archived filter) and nobody can change it until it is unarchived. A published version stays readable.',
  archived: 'Archived.',
  unarchive: 'Unarchive',
  unarchived: 'Unarchived: back in the workspace.',
  delete: 'Delete…',
  deleteTitle: 'Delete “{title}” for good?',
  deleteBody: 'This removes the article, every translation and its history, comments and publications, and its reader pages. It cannot be undone. Type {slug} to confirm.',
  confirmLabel: 'Article slug',
  deleteConfirm: 'Delete for good',
  failed: 'Nothing was changed: {message}',
} as const;

export const articleAdminZhCN = {
  heading: '归档或删除',
  archivedNotice: '这篇文章已归档：它不会出现在工作区列表中，任何人都无法修改它。已发布的版本在取消发布之前仍可阅读。',
  archive: '归档',
  archiveTitle: '归档“{title}”？',
  archiveBody: '它将从工作区列表中移除（可在“已归档”筛选中查看），取消归档之前任何人都无法修改它。已发布的版本仍可阅读。',
  archived: '已归档。',
  unarchive: '取消归档',
  unarchived: '已取消归档：文章回到了工作区。',
  delete: '删除…',
  deleteTitle: '永久删除“{title}”？',
  deleteBody: '这会删除这篇文章、所有译文及其历史、评论和发布版本，以及它的读者页面，且无法撤销。请输入 {slug} 确认。',
  confirmLabel: '文章的 slug',
  deleteConfirm: '永久删除',
  failed: '没有做任何修改：{message}',
} as const;
