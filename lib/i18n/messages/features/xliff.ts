/** Interface text for bringing a translated XLIFF file back: English is the source of truth, zh-CN must have the same keys. */
export const xliffEn = {
  title: 'Import a translated XLIFF file',
  hint: 'A file exported here (XLIFF 1.2 or 2.0, or PO) and translated in a CAT tool. Each changed unit becomes a draft; nothing is written until you apply.',
  file: 'XLIFF file',
  preview: 'Preview',
  previewing: 'Reading the file…',
  apply: 'Apply',
  applying: 'Applying…',
  summary: '{applied} to apply, {unchanged} unchanged, {conflicts, plural, one {# conflict} other {# conflicts}}, {refused} refused.',
  applied: '{applied, plural, one {# draft} other {# drafts}} written, {unchanged} unchanged, {conflicts, plural, one {# conflict} other {# conflicts}}, {refused} refused.',
  conflictsHeading: 'Conflicts: changed in Duet since the export, left as they are',
  refusedHeading: 'Refused',
  yours: 'In the file',
  current: 'In Duet now',
  failed: 'The file could not be imported: {message}',
} as const;

export const xliffZhCN = {
  title: '导入已翻译的 XLIFF 文件',
  hint: '从这里导出（XLIFF 1.2、2.0 或 PO）并在 CAT 工具中翻译的文件。每个有改动的单元都会成为草稿；点击“应用”之前不会写入任何内容。',
  file: 'XLIFF 文件',
  preview: '预览',
  previewing: '正在读取文件…',
  apply: '应用',
  applying: '正在应用…',
  summary: '将应用 {applied} 个，{unchanged} 个未变，{conflicts} 个冲突，{refused} 个被拒绝。',
  applied: '已写入 {applied} 个草稿，{unchanged} 个未变，{conflicts} 个冲突，{refused} 个被拒绝。',
  conflictsHeading: '冲突：导出后已在 Duet 中修改，保持原样',
  refusedHeading: '被拒绝',
  yours: '文件中',
  current: 'Duet 中当前',
  failed: '无法导入该文件：{message}',
} as const;
