-- CreateEnum
CREATE TYPE "SelfIdSex" AS ENUM ('FEMALE', 'MALE', 'DECLINED_TO_ANSWER');

-- CreateEnum
CREATE TYPE "RaceEthnicity" AS ENUM ('AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'ASIAN', 'BLACK_OR_AFRICAN_AMERICAN', 'HISPANIC_OR_LATINO', 'MIDDLE_EASTERN_OR_NORTH_AFRICAN', 'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER', 'WHITE', 'DECLINED_TO_ANSWER');

-- CreateEnum
CREATE TYPE "DisabilityStatus" AS ENUM ('HAS_DISABILITY', 'NO_DISABILITY', 'DECLINED_TO_ANSWER');

-- CreateEnum
CREATE TYPE "VeteranStatus" AS ENUM ('VETERAN', 'NOT_VETERAN', 'DECLINED_TO_ANSWER');

-- CreateTable
CREATE TABLE "SelfIdentification" (
    "id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "sex" "SelfIdSex",
    "raceEthnicity" "RaceEthnicity"[],
    "disability" "DisabilityStatus",
    "veteran" "VeteranStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfIdentification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactReportRun" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agencyId" UUID NOT NULL,
    "openingId" UUID,
    "periodFrom" TIMESTAMP(3),
    "periodTo" TIMESTAMP(3),
    "algorithm" TEXT NOT NULL,
    "minGroupSize" INTEGER NOT NULL,
    "compared" INTEGER NOT NULL,
    "flagged" INTEGER NOT NULL,

    CONSTRAINT "ImpactReportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfIdentification_subject_key" ON "SelfIdentification"("subject");

-- CreateIndex
CREATE INDEX "ImpactReportRun_at_idx" ON "ImpactReportRun"("at");

-- Retention of the audit and disclosure logs (Privacy Act 552a(c)(2): at least five years).
-- UPDATE and TRUNCATE stay refused by "forbid_log_mutation". DELETE is refused too, except for a
-- row older than the retention period that the deleting transaction declares with
-- SET LOCAL app.log_retention_years (LOG_RETENTION_YEARS; the purge in src/modules/privacy),
-- and never under five years whatever is declared.
CREATE FUNCTION "log_delete_after_retention"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  setting text := current_setting('app.log_retention_years', true);
  years integer;
BEGIN
  IF setting IS NULL OR setting !~ '^[0-9]{1,3}$' THEN
    RAISE EXCEPTION '% is append-only: DELETE needs app.log_retention_years (at least 5)', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  years := setting::integer;
  IF years < 5 THEN
    RAISE EXCEPTION '% is kept at least 5 years: app.log_retention_years % is refused', TG_TABLE_NAME, years
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."at" >= now() - make_interval(years => years) THEN
    RAISE EXCEPTION '% row % is inside the retention period of % years', TG_TABLE_NAME, OLD."id", years
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$;

-- A log row's time is the database's: an INSERT cannot backdate a row into the purgeable past.
CREATE FUNCTION "log_stamp_now"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."at" := now();
  RETURN NEW;
END;
$$;

DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
DROP TRIGGER "DisclosureEvent_append_only" ON "DisclosureEvent";
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "forbid_log_mutation"();
CREATE TRIGGER "DisclosureEvent_append_only" BEFORE UPDATE ON "DisclosureEvent"
  FOR EACH ROW EXECUTE FUNCTION "forbid_log_mutation"();
CREATE TRIGGER "AuditEvent_retention" BEFORE DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "log_delete_after_retention"();
CREATE TRIGGER "DisclosureEvent_retention" BEFORE DELETE ON "DisclosureEvent"
  FOR EACH ROW EXECUTE FUNCTION "log_delete_after_retention"();
CREATE TRIGGER "AuditEvent_stamp" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "log_stamp_now"();
CREATE TRIGGER "DisclosureEvent_stamp" BEFORE INSERT ON "DisclosureEvent"
  FOR EACH ROW EXECUTE FUNCTION "log_stamp_now"();
