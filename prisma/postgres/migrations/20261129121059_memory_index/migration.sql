-- CreateEnum
CREATE TYPE "MemoryUnit" AS ENUM ('segment', 'sentence');

-- DropIndex
DROP INDEX "MemoryEntry_sourceHash_idx";

-- DropIndex
DROP INDEX "MemoryEntry_sourceHash_target_key";

-- AlterTable
ALTER TABLE "MemoryEntry" DROP CONSTRAINT "MemoryEntry_pkey",
ADD COLUMN     "targetHash" TEXT NOT NULL,
ADD COLUMN     "unit" "MemoryUnit" NOT NULL DEFAULT 'segment',
ADD COLUMN     "wordCount" INTEGER NOT NULL,
DROP COLUMN "id",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "MemoryEntry_pkey" PRIMARY KEY ("id");

-- CreateTable
CREATE TABLE "MemoryToken" (
    "token" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,

    CONSTRAINT "MemoryToken_pkey" PRIMARY KEY ("token","wordCount","entryId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntry_sourceHash_targetHash_key" ON "MemoryEntry"("sourceHash", "targetHash");
