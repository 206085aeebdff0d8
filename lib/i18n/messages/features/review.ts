/** Interface text for the review feature: English is the source of truth, zh-CN must have the same keys. */
export const reviewEn = {
  placeholder: 'review',
} as const;

export const reviewZhCN = {
  placeholder: 'review',
} as const;
