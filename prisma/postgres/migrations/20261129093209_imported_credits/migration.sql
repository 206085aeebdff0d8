-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "importedCredits" TEXT NOT NULL DEFAULT '{}';
