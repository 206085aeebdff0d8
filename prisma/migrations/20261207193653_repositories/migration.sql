-- CreateTable
CREATE TABLE "Repository" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "branch" TEXT NOT NULL DEFAULT 'main',
    "sourcesGlob" TEXT NOT NULL,
    "translationTemplate" TEXT NOT NULL,
    "lastSyncResult" TEXT,
    "lastSyncedAt" DATETIME,
    "syncIntervalMinutes" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "sourceUrl" TEXT,
    "author" TEXT,
    "frontMatter" TEXT,
    "importedCredits" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "repositoryId" TEXT,
    "repositoryPath" TEXT,
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "Repository" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("author", "createdAt", "createdById", "frontMatter", "id", "importedCredits", "slug", "sourceUrl", "status", "title", "titleZh", "updatedAt") SELECT "author", "createdAt", "createdById", "frontMatter", "id", "importedCredits", "slug", "sourceUrl", "status", "title", "titleZh", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_status_updatedAt_idx" ON "Article"("status", "updatedAt");
CREATE UNIQUE INDEX "Article_repositoryId_repositoryPath_key" ON "Article"("repositoryId", "repositoryPath");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Repository_name_key" ON "Repository"("name");
