-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UnalignedBlock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "afterSegmentId" TEXT,
    "text" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnalignedBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UnalignedBlock_afterSegmentId_fkey" FOREIGN KEY ("afterSegmentId") REFERENCES "Segment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_UnalignedBlock" ("articleId", "createdAt", "id", "reason", "resolvedAt", "text") SELECT "articleId", "createdAt", "id", "reason", "resolvedAt", "text" FROM "UnalignedBlock";
DROP TABLE "UnalignedBlock";
ALTER TABLE "new_UnalignedBlock" RENAME TO "UnalignedBlock";
CREATE INDEX "UnalignedBlock_articleId_idx" ON "UnalignedBlock"("articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
