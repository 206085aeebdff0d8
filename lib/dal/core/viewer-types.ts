import type { Role } from '@/lib/domain/permissions.ts';

/**
 * Who is asking. `user` comes from a session cookie or an API token and was re-read from the
 * database on this request; `system` is the operator at the command line, who owns the database.
 */
export type Viewer =
  | { kind: 'user'; id: string; email: string; name: string; role: Role; via: 'session' | 'token' }
  | { kind: 'system'; id: null; role: 'admin' };

export const systemViewer: Viewer = { kind: 'system', id: null, role: 'admin' };
