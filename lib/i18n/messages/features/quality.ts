/** Interface text for the quality feature: English is the source of truth, zh-CN must have the same keys. */
export const qualityEn = {
  placeholder: 'quality',
} as const;

export const qualityZhCN = {
  placeholder: 'quality',
} as const;
