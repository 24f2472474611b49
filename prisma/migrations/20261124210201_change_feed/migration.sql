-- CreateEnum
CREATE TYPE "ChangeEntityType" AS ENUM ('PROFILE', 'OPENING', 'APPLICATION', 'ROTATION');

-- CreateEnum
CREATE TYPE "ChangeOperation" AS ENUM ('CREATED', 'UPDATED', 'DELETED');

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "seq" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "agencyId" UUID NOT NULL,
    "entityType" "ChangeEntityType" NOT NULL,
    "entityId" UUID NOT NULL,
    "operation" "ChangeOperation" NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_agencyId_xid_seq_idx" ON "ChangeEvent"("agencyId", "xid", "seq");

-- The change feed (Query.changes, src/modules/changes/rules.ts). Triggers record every committed change
-- to profiles, openings, applications and rotations, whoever writes them (GraphQL, importers,
-- seeds, sweepers, other instances), as one row per agency whose sync clients may see it.
-- "xid" is the writer's top-level transaction ID: the feed is read in (xid, seq) order and only
-- up to the oldest transaction still running, so a row committed late cannot land behind a
-- cursor a client already holds (the reasoning is in src/modules/changes/rules.ts).

-- The (agency, entity) pairs one row of a table stands for; none for a NULL row, and none when
-- the parent is gone (a cascade from the parent's DELETE, which records the parent itself).
CREATE FUNCTION change_event_targets(tbl text, r jsonb)
RETURNS TABLE (agency uuid, entity_type "ChangeEntityType", entity_id uuid)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF r IS NULL THEN RETURN; END IF;
  CASE tbl
    WHEN 'Profile' THEN
      RETURN QUERY SELECT (r->>'agencyId')::uuid, 'PROFILE'::"ChangeEntityType", (r->>'id')::uuid;
    WHEN 'ProfileSkill', 'Education' THEN
      RETURN QUERY SELECT p."agencyId", 'PROFILE'::"ChangeEntityType", p."id"
        FROM "Profile" p WHERE p."id" = (r->>'profileId')::uuid;
    WHEN 'SkillEvidence' THEN
      RETURN QUERY SELECT p."agencyId", 'PROFILE'::"ChangeEntityType", p."id"
        FROM "ProfileSkill" s JOIN "Profile" p ON p."id" = s."profileId"
        WHERE s."id" = (r->>'profileSkillId')::uuid;
    WHEN 'Opening' THEN
      RETURN QUERY SELECT (r->>'hostAgencyId')::uuid, 'OPENING'::"ChangeEntityType", (r->>'id')::uuid;
    WHEN 'OpeningSkill', 'OpeningAgency' THEN
      RETURN QUERY SELECT o."hostAgencyId", 'OPENING'::"ChangeEntityType", o."id"
        FROM "Opening" o WHERE o."id" = (r->>'openingId')::uuid;
    WHEN 'Application' THEN
      -- The host agency of the opening and the applicant's home agency. (When a profile's
      -- DELETE cascades to its applications, the profile is already gone: only the host side
      -- hears of the application; the home side has the profile's own DELETED.)
      RETURN QUERY
        SELECT o."hostAgencyId", 'APPLICATION'::"ChangeEntityType", (r->>'id')::uuid
          FROM "Opening" o WHERE o."id" = (r->>'openingId')::uuid
        UNION ALL
        SELECT p."agencyId", 'APPLICATION'::"ChangeEntityType", (r->>'id')::uuid
          FROM "Profile" p WHERE p."id" = (r->>'profileId')::uuid;
    WHEN 'ApplicationSkill' THEN
      RETURN QUERY
        SELECT o."hostAgencyId", 'APPLICATION'::"ChangeEntityType", a."id"
          FROM "Application" a JOIN "Opening" o ON o."id" = a."openingId" WHERE a."id" = (r->>'applicationId')::uuid
        UNION ALL
        SELECT p."agencyId", 'APPLICATION'::"ChangeEntityType", a."id"
          FROM "Application" a JOIN "Profile" p ON p."id" = a."profileId" WHERE a."id" = (r->>'applicationId')::uuid;
    WHEN 'Rotation' THEN
      RETURN QUERY VALUES ((r->>'homeAgencyId')::uuid, 'ROTATION'::"ChangeEntityType", (r->>'id')::uuid),
                          ((r->>'hostAgencyId')::uuid, 'ROTATION'::"ChangeEntityType", (r->>'id')::uuid);
    WHEN 'RotationSkill' THEN
      RETURN QUERY SELECT a.agency, 'ROTATION'::"ChangeEntityType", t."id"
        FROM "Rotation" t CROSS JOIN LATERAL (VALUES (t."homeAgencyId"), (t."hostAgencyId")) a(agency)
        WHERE t."id" = (r->>'rotationId')::uuid;
  END CASE;
END $$;

-- AFTER ROW trigger. TG_ARGV[0] = 'child' for rows that belong to a parent entity (a profile's
-- skills, an opening's skills...): any change to them is an UPDATED of the parent.
CREATE FUNCTION record_change_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  op "ChangeOperation";
BEGIN
  -- An UPDATE that changed nothing (or only the updatedAt stamp) is not a change.
  IF TG_OP = 'UPDATE' AND (old_row - 'updatedAt') = (new_row - 'updatedAt') THEN RETURN NULL; END IF;
  op := CASE WHEN TG_ARGV[0] = 'child' OR TG_OP = 'UPDATE' THEN 'UPDATED'
             WHEN TG_OP = 'INSERT' THEN 'CREATED' ELSE 'DELETED' END;
  -- Old and new row: an UPDATE that moves the entity (another home agency, another parent)
  -- tells both sides.
  INSERT INTO "ChangeEvent" ("xid", "agencyId", "entityType", "entityId", "operation")
  SELECT DISTINCT pg_current_xact_id()::text::bigint, t.agency, t.entity_type, t.entity_id, op
  FROM (SELECT * FROM change_event_targets(TG_TABLE_NAME, new_row)
        UNION ALL SELECT * FROM change_event_targets(TG_TABLE_NAME, old_row)) t
  WHERE t.agency IS NOT NULL;
  RETURN NULL;
END $$;

CREATE TRIGGER "Profile_change_event" AFTER INSERT OR UPDATE OR DELETE ON "Profile"
  FOR EACH ROW EXECUTE FUNCTION record_change_event();
CREATE TRIGGER "ProfileSkill_change_event" AFTER INSERT OR UPDATE OR DELETE ON "ProfileSkill"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "SkillEvidence_change_event" AFTER INSERT OR UPDATE OR DELETE ON "SkillEvidence"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "Education_change_event" AFTER INSERT OR UPDATE OR DELETE ON "Education"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "Opening_change_event" AFTER INSERT OR UPDATE OR DELETE ON "Opening"
  FOR EACH ROW EXECUTE FUNCTION record_change_event();
CREATE TRIGGER "OpeningSkill_change_event" AFTER INSERT OR UPDATE OR DELETE ON "OpeningSkill"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "OpeningAgency_change_event" AFTER INSERT OR UPDATE OR DELETE ON "OpeningAgency"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "Application_change_event" AFTER INSERT OR UPDATE OR DELETE ON "Application"
  FOR EACH ROW EXECUTE FUNCTION record_change_event();
CREATE TRIGGER "ApplicationSkill_change_event" AFTER INSERT OR UPDATE OR DELETE ON "ApplicationSkill"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
CREATE TRIGGER "Rotation_change_event" AFTER INSERT OR UPDATE OR DELETE ON "Rotation"
  FOR EACH ROW EXECUTE FUNCTION record_change_event();
CREATE TRIGGER "RotationSkill_change_event" AFTER INSERT OR UPDATE OR DELETE ON "RotationSkill"
  FOR EACH ROW EXECUTE FUNCTION record_change_event('child');
