/** Mirrors the database enums `ReviewCategory` and `ReviewSeverity`: what a rejection says is wrong, and how badly. */
export const reviewCategories = ['accuracy', 'fluency', 'terminology', 'style', 'formatting'] as const;
export type ReviewCategory = (typeof reviewCategories)[number];

export const reviewSeverities = ['minor', 'major', 'critical'] as const;
export type ReviewSeverity = (typeof reviewSeverities)[number];
