import { describe, expect, it } from 'vitest';
import { can, permissions, roles, type Permission, type Role } from '@/lib/domain/permissions.ts';

/** The whole table, written out: a change to who may do what must change this test too. */
const expected: Record<Role, Permission[]> = {
  admin: [...permissions],
  reviewer: ['articles:read-all', 'articles:import', 'articles:assign', 'translations:edit', 'translations:review', 'articles:publish'],
  translator: ['translations:edit'],
};

describe('can(viewer, permission)', () => {
  for (const role of roles) {
    for (const permission of permissions) {
      const allowed = expected[role].includes(permission);
      it(`${allowed ? 'lets' : 'does not let'} a ${role} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(allowed);
      });
    }
  }

  it('never lets an anonymous reader do anything', () => {
    for (const permission of permissions) expect(can(null, permission)).toBe(false);
  });
});
