-- DropIndex
DROP INDEX "UnalignedBlock_articleId_afterPosition_idx";

-- AlterTable
ALTER TABLE "UnalignedBlock" DROP COLUMN "afterPosition",
ADD COLUMN     "afterSegmentId" TEXT;

-- CreateIndex
CREATE INDEX "UnalignedBlock_articleId_idx" ON "UnalignedBlock"("articleId");

-- AddForeignKey
ALTER TABLE "UnalignedBlock" ADD CONSTRAINT "UnalignedBlock_afterSegmentId_fkey" FOREIGN KEY ("afterSegmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
