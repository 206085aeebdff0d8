import 'server-only';
import type { Viewer } from '../core/viewer-types.ts';

export type Me = { id: string | null; email: string | null; name: string; role: Viewer['role'] };

export async function describeViewer(viewer: Viewer): Promise<Me> {
  if (viewer.kind === 'system') return { id: null, email: null, name: 'system', role: viewer.role };
  return { id: viewer.id, email: viewer.email, name: viewer.name, role: viewer.role };
}
