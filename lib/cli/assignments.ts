import { assignUserByEmail, unassignUserByEmail, type Assignee } from '@/lib/dal/articles/assignments.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

function slugAndEmail(command: string, positionals: string[], flags: Flags): { slug: string; email: string } {
  const [slug] = positionals;
  if (!slug || !flags.email) throw new UsageError(`Usage: ${command} SLUG --email E`);
  return { slug, email: flags.email };
}

function printAssigned(assigned: readonly Assignee[]): void {
  console.log(JSON.stringify({ assigned: assigned.map(({ email, name }) => ({ email, name })) }));
}

/** `assign SLUG --email E`: prints `{ assigned: [{ email, name }] }`. */
export async function runAssign(positionals: string[], flags: Flags): Promise<void> {
  const { slug, email } = slugAndEmail('assign', positionals, flags);
  printAssigned((await assignUserByEmail(systemViewer, slug, email)).assigned);
}

/** `unassign SLUG --email E`: prints who is still assigned. */
export async function runUnassign(positionals: string[], flags: Flags): Promise<void> {
  const { slug, email } = slugAndEmail('unassign', positionals, flags);
  printAssigned((await unassignUserByEmail(systemViewer, slug, email)).assigned);
}
