-- Two things the events-by-date-and-country list needs to stay cheap as the
-- table grows.
--
-- 1. events.country: the place's country, copied onto each event by the
--    triggers below. "type + country + a date range" was a seek per place of
--    that country (3,658 seeks for UKR at 1M events); now it is one range of a
--    covering index. The API keeps showing the country on the place.
--
-- 2. An index on each event's length in days. A date-range filter is an
--    interval overlap (end_date >= from AND start_date <= to), which bounds only
--    one end of a start_date index. The longest event, read from this index in
--    one step, gives the other: start_date >= from - longest.

-- AlterTable
ALTER TABLE "events" ADD COLUMN "country" TEXT;

-- CreateIndex
CREATE INDEX "events_type_country_start_date_end_date_id_idx" ON "events"("type", "country", "start_date", "end_date", "id");

-- CreateIndex
CREATE INDEX "events_country_start_date_end_date_id_idx" ON "events"("country", "start_date", "end_date", "id");


-- Backfill, then keep it right: an event gets its place's country when it is
-- written or moved, and every event follows its place when the place's country
-- changes. (The full-text triggers fire on title and summary only.)
UPDATE "events" SET "country" = (SELECT "country" FROM "places" WHERE "places"."id" = "events"."place_id") WHERE "place_id" IS NOT NULL;

CREATE TRIGGER "events_country_insert" AFTER INSERT ON "events" WHEN NEW."place_id" IS NOT NULL BEGIN
  UPDATE "events" SET "country" = (SELECT "country" FROM "places" WHERE "id" = NEW."place_id") WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER "events_country_update" AFTER UPDATE OF "place_id", "country" ON "events" BEGIN
  UPDATE "events" SET "country" = (SELECT "country" FROM "places" WHERE "id" = NEW."place_id")
  WHERE rowid = NEW.rowid AND "country" IS NOT (SELECT "country" FROM "places" WHERE "id" = NEW."place_id");
END;
CREATE TRIGGER "places_country_update" AFTER UPDATE OF "country" ON "places" BEGIN
  UPDATE "events" SET "country" = NEW."country" WHERE "place_id" = NEW."id";
END;

-- The length of each event in days (dates are YYYY-MM-DD), for max() in one step.
CREATE INDEX "events_length_idx" ON "events"((julianday("end_date") - julianday("start_date")));
