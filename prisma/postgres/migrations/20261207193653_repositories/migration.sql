-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "repositoryId" TEXT,
ADD COLUMN     "repositoryPath" TEXT;

-- CreateTable
CREATE TABLE "Repository" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "branch" TEXT NOT NULL DEFAULT 'main',
    "sourcesGlob" TEXT NOT NULL,
    "translationTemplate" TEXT NOT NULL,
    "lastSyncResult" TEXT,
    "lastSyncedAt" TIMESTAMP(3),
    "syncIntervalMinutes" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Repository_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Repository_name_key" ON "Repository"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_repositoryId_repositoryPath_key" ON "Article"("repositoryId", "repositoryPath");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "Repository"("id") ON DELETE SET NULL ON UPDATE CASCADE;
