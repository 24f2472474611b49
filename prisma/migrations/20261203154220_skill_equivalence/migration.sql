-- AlterEnum
-- PostgreSQL allows ADD VALUE inside the runner's transaction, but not using the new value in that
-- same transaction: no statement here or in a migration applied with it may use 'EQUIVALENT'.
ALTER TYPE "SkillRelationKind" ADD VALUE 'EQUIVALENT';

-- AlterTable
ALTER TABLE "Occupation" ADD COLUMN     "altLabels" TEXT[];

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN     "collections" TEXT[];

-- AlterTable
ALTER TABLE "SkillRelation" ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "strength" DOUBLE PRECISION;
