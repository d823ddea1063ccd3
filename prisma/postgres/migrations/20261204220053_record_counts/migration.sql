-- CreateTable
CREATE TABLE "record_counts" (
    "collection" TEXT COLLATE "C" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "record_counts_pkey" PRIMARY KEY ("collection")
);


-- Each collection's count, kept by triggers in the transaction of every insert
-- and delete (see the SQLite migration of the same name). Statement-level
-- triggers over transition tables: a bulk insert (COPY, a large import) updates
-- the count once, not once per row.
INSERT INTO "record_counts" ("collection", "n")
  SELECT 'events', count(*) FROM "events" UNION ALL SELECT 'actors', count(*) FROM "actors"
  UNION ALL SELECT 'claims', count(*) FROM "claims" UNION ALL SELECT 'sources', count(*) FROM "sources"
  UNION ALL SELECT 'places', count(*) FROM "places";

CREATE FUNCTION "record_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "record_counts" SET "n" = "n" + (SELECT count(*) FROM "changed") WHERE "collection" = TG_TABLE_NAME;
  RETURN NULL;
END $$;

CREATE FUNCTION "record_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "record_counts" SET "n" = "n" - (SELECT count(*) FROM "changed") WHERE "collection" = TG_TABLE_NAME;
  RETURN NULL;
END $$;

CREATE TRIGGER "events_count_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_add"();
CREATE TRIGGER "events_count_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_remove"();
CREATE TRIGGER "actors_count_insert" AFTER INSERT ON "actors" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_add"();
CREATE TRIGGER "actors_count_delete" AFTER DELETE ON "actors" REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_remove"();
CREATE TRIGGER "claims_count_insert" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_add"();
CREATE TRIGGER "claims_count_delete" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_remove"();
CREATE TRIGGER "sources_count_insert" AFTER INSERT ON "sources" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_add"();
CREATE TRIGGER "sources_count_delete" AFTER DELETE ON "sources" REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_remove"();
CREATE TRIGGER "places_count_insert" AFTER INSERT ON "places" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_add"();
CREATE TRIGGER "places_count_delete" AFTER DELETE ON "places" REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "record_counts_remove"();
