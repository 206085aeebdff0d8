export const roles = ['admin', 'reviewer', 'translator'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'users:manage',
  'audit:read',
  'articles:read-all',
  'articles:import',
  'articles:assign',
  'translations:edit',
  'translations:review',
  'articles:publish',
  'glossary:manage',
  'settings:manage',
  /** Archive, unarchive and delete articles. */
  'articles:manage',
] as const;
export type Permission = (typeof permissions)[number];

/** The one permission table. Resource scope (e.g. "assigned to this article") is added by the DAL. */
const grants = {
  admin: permissions,
  reviewer: [
    'articles:read-all',
    'articles:import',
    'articles:assign',
    'translations:edit',
    'translations:review',
    'articles:publish',
  ],
  translator: ['translations:edit'],
} as const satisfies Record<Role, readonly Permission[]>;

export type Actor = { role: Role } | null;

export function can(actor: Actor, permission: Permission): boolean {
  if (!actor) return false;
  return (grants[actor.role] as readonly Permission[]).includes(permission);
}
