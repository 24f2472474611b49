-- Keeps every service instance's in-memory match index fresh: any committed change to a
-- profile or its skills, by any writer, notifies channel "profile_changed" with the profile ID.
-- Notifications are delivered at commit, to every listening connection (src/matching/changes.ts).
CREATE FUNCTION notify_profile_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Profile' THEN
    PERFORM pg_notify('profile_changed', COALESCE(NEW."id", OLD."id")::text);
  ELSE
    PERFORM pg_notify('profile_changed', COALESCE(NEW."profileId", OLD."profileId")::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Profile_notify_changed" AFTER INSERT OR UPDATE OR DELETE ON "Profile"
  FOR EACH ROW EXECUTE FUNCTION notify_profile_changed();
CREATE TRIGGER "ProfileSkill_notify_changed" AFTER INSERT OR UPDATE OR DELETE ON "ProfileSkill"
  FOR EACH ROW EXECUTE FUNCTION notify_profile_changed();
