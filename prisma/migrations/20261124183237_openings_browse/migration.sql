-- DropIndex
DROP INDEX "Opening_startDate_idx";

-- Openings stated in hours get their share of a 40-hour week, so every opening can be
-- filtered by commitment.
UPDATE "Opening" SET "commitmentPercent" = LEAST(100, GREATEST(1, ROUND("hoursPerWeek" * 100.0 / 40)))
WHERE "commitmentPercent" IS NULL AND "hoursPerWeek" IS NOT NULL;
UPDATE "Opening" SET "commitmentPercent" = 100 WHERE "commitmentPercent" IS NULL;

-- AlterTable
ALTER TABLE "Opening" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "listedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "occupationId" UUID,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "commitmentPercent" SET NOT NULL;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "supervisorSubject" TEXT;

-- CreateIndex
CREATE INDEX "Opening_status_listedAt_idx" ON "Opening"("status", "listedAt");

-- CreateIndex
CREATE INDEX "Opening_status_startDate_idx" ON "Opening"("status", "startDate");

-- CreateIndex
CREATE INDEX "Opening_searchText_idx" ON "Opening" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Profile_supervisorSubject_idx" ON "Profile"("supervisorSubject");

-- AddForeignKey
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing rows: listed when published (or created), and searchable. The service writes
-- searchText with the same normalization (lower case, non-alphanumerics to spaces, framed by spaces).
UPDATE "Opening" SET
  "listedAt" = COALESCE("publishedAt", "createdAt"),
  "searchText" = ' ' || trim(regexp_replace(lower("title" || ' ' || "description"), '[^a-z0-9+#]+', ' ', 'g')) || ' ';

-- Invariants the API also checks; the database refuses them from any other writer.
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_slots_check" CHECK ("slots" BETWEEN 1 AND 1000);
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_commitment_check" CHECK ("commitmentPercent" BETWEEN 1 AND 100);
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_grades_check" CHECK ("gradeMin" IS NULL OR "gradeMax" IS NULL OR "gradeMin" <= "gradeMax");
ALTER TABLE "OpeningSkill" ADD CONSTRAINT "OpeningSkill_level_check" CHECK ("minLevel" BETWEEN 1 AND 5 AND "weight" > 0);
