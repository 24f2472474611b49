-- Matching (skills-overlap/2) weighs each profile skill by its backing: evidence, verification
-- and endorsements. Changes to those must reach every instance's match index too, like changes
-- to the profile and its skills (20261124200000_match_change_notify). When the profile skill
-- itself is being deleted, its own trigger has already notified.
CREATE FUNCTION notify_profile_skill_backing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owner uuid;
BEGIN
  SELECT "profileId" INTO owner FROM "ProfileSkill" WHERE "id" = COALESCE(NEW."profileSkillId", OLD."profileSkillId");
  IF owner IS NOT NULL THEN
    PERFORM pg_notify('profile_changed', owner::text);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."profileSkillId" IS DISTINCT FROM OLD."profileSkillId" THEN
    SELECT "profileId" INTO owner FROM "ProfileSkill" WHERE "id" = OLD."profileSkillId";
    IF owner IS NOT NULL THEN
      PERFORM pg_notify('profile_changed', owner::text);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "SkillEvidence_notify_changed" AFTER INSERT OR UPDATE OR DELETE ON "SkillEvidence"
  FOR EACH ROW EXECUTE FUNCTION notify_profile_skill_backing_changed();
CREATE TRIGGER "Endorsement_notify_changed" AFTER INSERT OR UPDATE OR DELETE ON "Endorsement"
  FOR EACH ROW EXECUTE FUNCTION notify_profile_skill_backing_changed();
