-- AlterEnum
ALTER TYPE "RevisionOrigin" ADD VALUE 'source_update';
