-- Keeps every service instance's agency cache (src/platform/auth/agency-cache.ts) honest: any committed
-- change to "Agency" (insert, update, delete, truncate), by any writer, notifies channel
-- "agency_changed", and each instance drops its cached agencies and reads them again.
-- Per statement, with one constant payload: PostgreSQL folds identical notifications of a
-- transaction into one, so a bulk import sends one notification, not one per row.
CREATE FUNCTION notify_agency_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('agency_changed', 'changed');
  RETURN NULL;
END $$;

CREATE TRIGGER "Agency_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_agency_changed();
