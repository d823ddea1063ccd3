-- Full-text search on PostgreSQL, answering as the SQLite migrations
-- full_text_search and full_text_by_rowid do with FTS5: the same text per
-- collection (events: title and summary; claims: statement and quote; sources:
-- title; actors: name and every alias), tokenized like FTS5's
-- `unicode61 remove_diacritics 2`, so that a search finds the same records on
-- either engine (test/postgres/search.test.ts compares them).
--
-- Each collection has a table of documents (id, tsvector) with a GIN index,
-- kept by triggers in the transaction of every write. They are tables of their
-- own, not columns of the records' tables, for the same reason as SQLite's
-- *_fts tables: the data model (prisma/schema.prisma) is the same for both
-- engines and knows nothing of the index; the drift test leaves out exactly
-- these four tables. A stored tsvector also spares the index's recheck from
-- tokenizing each candidate again.

-- Text folded as unicode61 with remove_diacritics 2 folds it: lower case, and
-- the diacritics of Latin letters dropped (é to e, ễ to e, İ to i), while
-- letters with no decomposition stay (ł, ø, đ, ß, æ) and so do the marks of
-- other scripts (й, ё): decompose, drop the combining marks that follow a
-- Latin letter, and compose again. (The unaccent extension would also map ł
-- to l, ß to ss or ё to е, which FTS5 does not.) ς, ſ and µ are folded as FTS5 folds them.
-- The text's own collation is "C", whose regular expressions and lower() know
-- only ASCII: ICU's root collation gives them Unicode's letters and cases.
CREATE FUNCTION "fts_fold"(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(lower(normalize(regexp_replace(normalize($1, NFD) COLLATE "und-x-icu", '([A-Za-z])[\u0300-\u036f]+', '\1', 'g'), NFC) COLLATE "und-x-icu"), 'ςſµ', 'σsμ')
$$;

-- The words of a text as FTS5 sees them: runs of letters and digits (ICU's
-- [:alnum:] is letters and decimal digits; the other numbers FTS5 counts as
-- word characters, such as ² ½ Ⅻ ③, and private-use characters are added).
-- Apostrophes, hyphens, slashes and every other character separate words.
-- ASCII text (as many bytes as characters) needs no Unicode folding: its
-- words are found in a quarter of the time.
CREATE FUNCTION "fts_words"("text" text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  IF octet_length("text") = length("text") THEN
    RETURN array_remove(regexp_split_to_array(lower("text" COLLATE "C"), '[^a-z0-9]+'), '');
  END IF;
  RETURN array_remove(regexp_split_to_array("fts_fold"("text") COLLATE "und-x-icu",
    '[^[:alnum:]\u00b2\u00b3\u00b9\u00bc-\u00be\u2150-\u2189\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\ue000-\uf8ff]+'), '');
END $$;

-- A record's document: its columns' words with their positions, written as a
-- tsvector literal (`word:position ...`; a word is letters and digits only, so
-- it needs no quotes). No text-search parser is involved: the parser of the
-- 'simple' configuration splits and joins words otherwise than FTS5 (it keeps
-- `nuclear-armed` and `1.5` whole, splits `1e10e` in two, and in the C locale
-- takes any non-ASCII character for a letter). Each column's words start two
-- positions after the previous column's last, so that a phrase never runs
-- from one column into the next: FTS5 matches a phrase within one column. A
-- word longer than a lexeme may be (2047 bytes) is left out; positions above
-- 16383, PostgreSQL's largest, are read as 16383. A loop of simple
-- expressions: about 85 µs for an event of 50 ASCII words, where a query over
-- unnest() took 340 µs.
CREATE FUNCTION "fts_document"(VARIADIC "columns" text[]) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  "parts" text[] := '{}';
  "position" int := 0;
  "word" text;
  "column" text;
BEGIN
  FOREACH "column" IN ARRAY "columns" LOOP
    IF "column" IS NOT NULL THEN
      FOREACH "word" IN ARRAY "fts_words"("column") LOOP
        "position" := "position" + 1;
        IF octet_length("word") <= 2047 THEN
          "parts" := "parts" || ("word" || ':' || "position");
        END IF;
      END LOOP;
    END IF;
    "position" := "position" + 1;
  END LOOP;
  RETURN array_to_string("parts", ' ')::tsvector;
END $$;

-- A search: the tsquery that src/domain/search.ts writes (its words quoted
-- as they were typed, operators between them), with each word folded as the
-- documents' words are. The words are runs of letters and digits already, so
-- folding the whole text changes only them.
CREATE FUNCTION "fts_query"(text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT "fts_fold"($1)::tsquery
$$;

CREATE TABLE "events_fts" ("id" TEXT COLLATE "C" NOT NULL PRIMARY KEY, "doc" tsvector NOT NULL);
CREATE TABLE "claims_fts" ("id" TEXT COLLATE "C" NOT NULL PRIMARY KEY, "doc" tsvector NOT NULL);
CREATE TABLE "sources_fts" ("id" TEXT COLLATE "C" NOT NULL PRIMARY KEY, "doc" tsvector NOT NULL);
CREATE TABLE "actors_fts" ("id" TEXT COLLATE "C" NOT NULL PRIMARY KEY, "doc" tsvector NOT NULL);

CREATE INDEX "events_fts_doc_idx" ON "events_fts" USING gin ("doc");
CREATE INDEX "claims_fts_doc_idx" ON "claims_fts" USING gin ("doc");
CREATE INDEX "sources_fts_doc_idx" ON "sources_fts" USING gin ("doc");
CREATE INDEX "actors_fts_doc_idx" ON "actors_fts" USING gin ("doc");

-- An actor's document: its name, and its aliases as one column in the order
-- SQLite's group_concat reads them (by the index on actor_id, name_norm), so
-- that a phrase running from one alias into the next matches on both engines.
-- Ids whose actor is gone lose their document.
CREATE FUNCTION "actors_fts_refresh"("ids" text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "actors_fts" f WHERE f."id" = ANY ("ids") AND NOT EXISTS (SELECT 1 FROM "actors" a WHERE a."id" = f."id");
  INSERT INTO "actors_fts" ("id", "doc")
    SELECT a."id", "fts_document"(a."name", (SELECT string_agg(al."name", ' ' ORDER BY al."name_norm", al."id") FROM "actor_aliases" al WHERE al."actor_id" = a."id"))
    FROM "actors" a WHERE a."id" = ANY ("ids")
    ON CONFLICT ("id") DO UPDATE SET "doc" = excluded."doc";
$$;

INSERT INTO "events_fts" ("id", "doc") SELECT "id", "fts_document"("title", "summary") FROM "events";
INSERT INTO "claims_fts" ("id", "doc") SELECT "id", "fts_document"("statement", "quote") FROM "claims";
INSERT INTO "sources_fts" ("id", "doc") SELECT "id", "fts_document"("title") FROM "sources";
SELECT "actors_fts_refresh"(coalesce(array_agg("id"), '{}')) FROM "actors";

-- The triggers run once per statement, over its transition tables, so that a
-- bulk load (COPY, a large import) indexes its rows in one INSERT ... SELECT.
-- An update indexes again only the rows whose indexed text changed: most
-- updates (a date, the country that follows a place) leave the index alone.
-- A trigger with transition tables may not name columns (UPDATE OF), so the
-- comparison is made here; an id that an update changes loses its document.
CREATE FUNCTION "events_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "events_fts" ("id", "doc") SELECT "id", "fts_document"("title", "summary") FROM "new_rows";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "events_fts" WHERE "id" IN (SELECT "id" FROM "old_rows" EXCEPT SELECT "id" FROM "new_rows");
    INSERT INTO "events_fts" ("id", "doc")
      SELECT "id", "fts_document"("title", "summary") FROM (SELECT "id", "title", "summary" FROM "new_rows" EXCEPT SELECT "id", "title", "summary" FROM "old_rows") c
      ON CONFLICT ("id") DO UPDATE SET "doc" = excluded."doc";
  ELSE
    DELETE FROM "events_fts" WHERE "id" IN (SELECT "id" FROM "old_rows");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "claims_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "claims_fts" ("id", "doc") SELECT "id", "fts_document"("statement", "quote") FROM "new_rows";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "claims_fts" WHERE "id" IN (SELECT "id" FROM "old_rows" EXCEPT SELECT "id" FROM "new_rows");
    INSERT INTO "claims_fts" ("id", "doc")
      SELECT "id", "fts_document"("statement", "quote") FROM (SELECT "id", "statement", "quote" FROM "new_rows" EXCEPT SELECT "id", "statement", "quote" FROM "old_rows") c
      ON CONFLICT ("id") DO UPDATE SET "doc" = excluded."doc";
  ELSE
    DELETE FROM "claims_fts" WHERE "id" IN (SELECT "id" FROM "old_rows");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "sources_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "sources_fts" ("id", "doc") SELECT "id", "fts_document"("title") FROM "new_rows";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "sources_fts" WHERE "id" IN (SELECT "id" FROM "old_rows" EXCEPT SELECT "id" FROM "new_rows");
    INSERT INTO "sources_fts" ("id", "doc")
      SELECT "id", "fts_document"("title") FROM (SELECT "id", "title" FROM "new_rows" EXCEPT SELECT "id", "title" FROM "old_rows") c
      ON CONFLICT ("id") DO UPDATE SET "doc" = excluded."doc";
  ELSE
    DELETE FROM "sources_fts" WHERE "id" IN (SELECT "id" FROM "old_rows");
  END IF;
  RETURN NULL;
END $$;

-- Actors: a change of an actor's name or of any of its aliases (added,
-- renamed, moved to another actor, removed) rebuilds the documents of the
-- actors concerned.
CREATE FUNCTION "actors_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "actors_fts_refresh"(ARRAY(SELECT "id" FROM "new_rows"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "actors_fts_refresh"(ARRAY(SELECT "id" FROM (SELECT "id", "name" FROM "new_rows" EXCEPT SELECT "id", "name" FROM "old_rows") c
      UNION (SELECT "id" FROM "old_rows" EXCEPT SELECT "id" FROM "new_rows")));
  ELSE
    DELETE FROM "actors_fts" WHERE "id" IN (SELECT "id" FROM "old_rows");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "actor_aliases_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "actors_fts_refresh"(ARRAY(SELECT DISTINCT "actor_id" FROM "new_rows"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "actors_fts_refresh"(ARRAY(
      SELECT "actor_id" FROM (SELECT "id", "actor_id", "name", "name_norm" FROM "new_rows" EXCEPT SELECT "id", "actor_id", "name", "name_norm" FROM "old_rows") c
      UNION SELECT "actor_id" FROM (SELECT "id", "actor_id", "name", "name_norm" FROM "old_rows" EXCEPT SELECT "id", "actor_id", "name", "name_norm" FROM "new_rows") c));
  ELSE
    PERFORM "actors_fts_refresh"(ARRAY(SELECT DISTINCT "actor_id" FROM "old_rows"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "events_fts_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "events_fts_sync"();
CREATE TRIGGER "events_fts_update" AFTER UPDATE ON "events" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "events_fts_sync"();
CREATE TRIGGER "events_fts_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "events_fts_sync"();
CREATE TRIGGER "claims_fts_insert" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "claims_fts_sync"();
CREATE TRIGGER "claims_fts_update" AFTER UPDATE ON "claims" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "claims_fts_sync"();
CREATE TRIGGER "claims_fts_delete" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "claims_fts_sync"();
CREATE TRIGGER "sources_fts_insert" AFTER INSERT ON "sources" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "sources_fts_sync"();
CREATE TRIGGER "sources_fts_update" AFTER UPDATE ON "sources" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "sources_fts_sync"();
CREATE TRIGGER "sources_fts_delete" AFTER DELETE ON "sources" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "sources_fts_sync"();
CREATE TRIGGER "actors_fts_insert" AFTER INSERT ON "actors" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actors_fts_sync"();
CREATE TRIGGER "actors_fts_update" AFTER UPDATE ON "actors" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actors_fts_sync"();
CREATE TRIGGER "actors_fts_delete" AFTER DELETE ON "actors" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actors_fts_sync"();
CREATE TRIGGER "actor_aliases_fts_insert" AFTER INSERT ON "actor_aliases" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actor_aliases_fts_sync"();
CREATE TRIGGER "actor_aliases_fts_update" AFTER UPDATE ON "actor_aliases" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actor_aliases_fts_sync"();
CREATE TRIGGER "actor_aliases_fts_delete" AFTER DELETE ON "actor_aliases" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "actor_aliases_fts_sync"();
