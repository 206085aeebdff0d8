import { createUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer, type Viewer } from '@/lib/dal/core/viewer-types.ts';
import type { Role } from '@/lib/domain/permissions.ts';

let counter = 0;

/** A new user with a known password, and the viewer their session would produce. */
export async function makeUser(role: Role, password = 'correct horse battery') {
  counter += 1;
  const email = `${role}-${counter}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createUser(systemViewer, { email, name: `${role} ${counter}`, role, password });
  const viewer: Viewer = { kind: 'user', id: user.id, email, name: user.name, role, via: 'session' };
  return { user, viewer, email, password };
}
