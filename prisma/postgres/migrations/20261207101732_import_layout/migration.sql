-- AlterTable
ALTER TABLE "Translation" ADD COLUMN     "layout" TEXT;

-- AlterTable
ALTER TABLE "UnalignedBlock" ADD COLUMN     "layout" TEXT;
