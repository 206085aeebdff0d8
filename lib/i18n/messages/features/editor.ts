/** Interface text for the editor feature: English is the source of truth, zh-CN must have the same keys. */
export const editorEn = {
  placeholder: 'editor',
} as const;

export const editorZhCN = {
  placeholder: 'editor',
} as const;
