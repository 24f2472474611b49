-- AlterTable
ALTER TABLE "Rotation" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "cancelledBy" TEXT,
ADD COLUMN     "completedBy" TEXT,
ADD COLUMN     "completionNote" TEXT,
ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "hostSupervisorSubject" TEXT;

-- CreateIndex
CREATE INDEX "Rotation_startDate_idx" ON "Rotation"("startDate");

-- CreateIndex
CREATE INDEX "RotationSkill_skillId_idx" ON "RotationSkill"("skillId");

-- Invariants the API also checks; the database refuses them from any other writer.
-- (The 100% commitment ceiling spans rows: the API enforces it under a lock on the person's
-- Profile row, see reserveCommitment in src/graphql/rotation.ts.)
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_commitment_check" CHECK ("commitmentPercent" BETWEEN 1 AND 100);
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_ended_check" CHECK ("endedOn" IS NULL OR ("endedOn" >= "startDate" AND "endedOn" <= "endDate"));
-- Details and tours of duty are service at another agency.
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_cross_agency_check" CHECK ("programType" NOT IN ('DETAIL', 'TOUR_OF_DUTY') OR "homeAgencyId" <> "hostAgencyId");
-- A finished rotation says how it ended.
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_completed_check" CHECK ("status" <> 'COMPLETED' OR ("completedAt" IS NOT NULL AND "endedOn" IS NOT NULL));
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_cancelled_check" CHECK ("status" <> 'CANCELLED' OR ("cancelReason" IS NOT NULL AND "cancelledAt" IS NOT NULL));
ALTER TABLE "RotationSkill" ADD CONSTRAINT "RotationSkill_level_check" CHECK ("levelAfter" BETWEEN 1 AND 5 AND ("levelBefore" IS NULL OR "levelBefore" BETWEEN 1 AND 5));
