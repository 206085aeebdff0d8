import 'server-only';

/** Prisma errors are recognised by their stable codes, never by message text. */
function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

export const isUniqueViolation = (error: unknown) => hasPrismaCode(error, 'P2002');

/** An update or delete whose row does not exist (any more). */
export const isRecordNotFound = (error: unknown) => hasPrismaCode(error, 'P2025');
