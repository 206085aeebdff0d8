-- AlterEnum
ALTER TYPE "RevisionOrigin" ADD VALUE 'xliff';
