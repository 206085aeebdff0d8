-- CreateTable
CREATE TABLE "UnalignedBlock" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "afterPosition" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnalignedBlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnalignedBlock_articleId_afterPosition_idx" ON "UnalignedBlock"("articleId", "afterPosition");

-- AddForeignKey
ALTER TABLE "UnalignedBlock" ADD CONSTRAINT "UnalignedBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
