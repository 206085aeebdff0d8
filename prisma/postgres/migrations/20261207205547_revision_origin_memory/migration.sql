-- AlterEnum
ALTER TYPE "RevisionOrigin" ADD VALUE 'memory';
