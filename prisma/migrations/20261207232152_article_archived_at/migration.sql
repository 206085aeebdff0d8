-- AlterTable
ALTER TABLE "Article" ADD COLUMN "archivedAt" DATETIME;
