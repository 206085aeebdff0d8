-- CreateTable
CREATE TABLE "MemoryToken" (
    "token" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,

    PRIMARY KEY ("token", "wordCount", "entryId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MemoryEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "targetHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "unit" TEXT NOT NULL DEFAULT 'segment',
    "origin" TEXT NOT NULL,
    "articleId" TEXT,
    "segmentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_MemoryEntry" ("articleId", "createdAt", "id", "origin", "segmentId", "source", "sourceHash", "target") SELECT "articleId", "createdAt", "id", "origin", "segmentId", "source", "sourceHash", "target" FROM "MemoryEntry";
DROP TABLE "MemoryEntry";
ALTER TABLE "new_MemoryEntry" RENAME TO "MemoryEntry";
CREATE UNIQUE INDEX "MemoryEntry_sourceHash_targetHash_key" ON "MemoryEntry"("sourceHash", "targetHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
