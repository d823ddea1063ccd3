-- What Prisma's schema cannot express, on PostgreSQL: the same behaviour as
-- the SQLite migrations event_country_and_span and statistics_in_index_order.

-- events.country is the place's country, copied onto each event when it is
-- written or moved, and following its place when the place's country changes
-- (the events-by-date-and-country list reads one range of a covering index).
CREATE FUNCTION "events_country_from_place"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."country" := (SELECT "country" FROM "places" WHERE "id" = NEW."place_id");
  RETURN NEW;
END $$;

CREATE TRIGGER "events_country_insert" BEFORE INSERT ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_country_from_place"();
CREATE TRIGGER "events_country_update" BEFORE UPDATE OF "place_id", "country" ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_country_from_place"();

CREATE FUNCTION "places_country_to_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "events" SET "country" = NEW."country" WHERE "place_id" = NEW."id" AND "country" IS DISTINCT FROM NEW."country";
  RETURN NULL;
END $$;

CREATE TRIGGER "places_country_update" AFTER UPDATE OF "country" ON "places"
  FOR EACH ROW EXECUTE FUNCTION "places_country_to_events"();

-- A calendar date (YYYY-MM-DD text) as a date. The cast depends on DateStyle
-- for other spellings, so PostgreSQL does not call it immutable; for ISO dates
-- it is, and an index needs that.
CREATE FUNCTION "iso_day"(text) RETURNS date LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT $1::date $$;

-- The length of each event in days, for max() in one step (see the SQLite migration).
CREATE INDEX "events_length_idx" ON "events"(("iso_day"("end_date") - "iso_day"("start_date")));

-- Statistics by month read an index in its own order, with no sort.
CREATE INDEX "events_start_month_idx" ON "events"(substr("start_date", 1, 7));
CREATE INDEX "claims_claimed_month_idx" ON "claims"(substr("claimed_at", 1, 7));
