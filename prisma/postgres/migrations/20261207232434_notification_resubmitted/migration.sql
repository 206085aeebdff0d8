-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'resubmitted';
