import 'server-only';

/** Prisma errors are recognised by their stable codes, never by message text. */
function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

export const isUniqueViolation = (error: unknown) => hasPrismaCode(error, 'P2002');
