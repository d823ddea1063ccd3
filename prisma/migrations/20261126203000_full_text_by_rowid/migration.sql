-- Full-text indexes keyed by the indexed record's rowid instead of an
-- UNINDEXED id column. Two costs of the first design grew with the table:
--   * a trigger's `DELETE FROM x_fts WHERE id = OLD.id` scanned the whole FTS
--     table (an UNINDEXED column cannot be searched), so changing or deleting one
--     event took ~300 ms at 100k events;
--   * a search read the id of every match from the FTS content (~100 ms for a
--     word matching half of 100k events), where rowids come straight from the
--     index's doclists.
-- Now each FTS row's rowid is its record's rowid: deletes are a rowid lookup and
-- searches join on rowid. The records' tables have text primary keys, so their
-- rowids are implicit: a VACUUM may renumber them. Nothing here runs VACUUM
-- (backups copy pages, which keeps rowids); after a manual VACUUM, rerun the
-- four INSERT ... SELECT statements below (after emptying each *_fts table).
-- Tokenizer as before: unicode61 with remove_diacritics 2.

DROP TRIGGER "events_fts_insert";
DROP TRIGGER "events_fts_update";
DROP TRIGGER "events_fts_delete";
DROP TRIGGER "claims_fts_insert";
DROP TRIGGER "claims_fts_update";
DROP TRIGGER "claims_fts_delete";
DROP TRIGGER "sources_fts_insert";
DROP TRIGGER "sources_fts_update";
DROP TRIGGER "sources_fts_delete";
DROP TRIGGER "actors_fts_insert";
DROP TRIGGER "actors_fts_update";
DROP TRIGGER "actors_fts_delete";
DROP TRIGGER "actor_aliases_fts_insert";
DROP TRIGGER "actor_aliases_fts_update";
DROP TRIGGER "actor_aliases_fts_delete";
DROP TABLE "events_fts";
DROP TABLE "claims_fts";
DROP TABLE "sources_fts";
DROP TABLE "actors_fts";

CREATE VIRTUAL TABLE "events_fts" USING fts5(title, summary, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "claims_fts" USING fts5(statement, quote, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "sources_fts" USING fts5(title, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "actors_fts" USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "events_fts" (rowid, title, summary) SELECT rowid, title, summary FROM "events";
INSERT INTO "claims_fts" (rowid, statement, quote) SELECT rowid, statement, quote FROM "claims";
INSERT INTO "sources_fts" (rowid, title) SELECT rowid, title FROM "sources";
INSERT INTO "actors_fts" (rowid, name, aliases)
  SELECT a.rowid, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a;

-- events
CREATE TRIGGER "events_fts_insert" AFTER INSERT ON "events" BEGIN
  INSERT INTO "events_fts" (rowid, title, summary) VALUES (NEW.rowid, NEW.title, NEW.summary);
END;
CREATE TRIGGER "events_fts_update" AFTER UPDATE OF title, summary ON "events" BEGIN
  DELETE FROM "events_fts" WHERE rowid = OLD.rowid;
  INSERT INTO "events_fts" (rowid, title, summary) VALUES (NEW.rowid, NEW.title, NEW.summary);
END;
CREATE TRIGGER "events_fts_delete" AFTER DELETE ON "events" BEGIN
  DELETE FROM "events_fts" WHERE rowid = OLD.rowid;
END;

-- claims
CREATE TRIGGER "claims_fts_insert" AFTER INSERT ON "claims" BEGIN
  INSERT INTO "claims_fts" (rowid, statement, quote) VALUES (NEW.rowid, NEW.statement, NEW.quote);
END;
CREATE TRIGGER "claims_fts_update" AFTER UPDATE OF statement, quote ON "claims" BEGIN
  DELETE FROM "claims_fts" WHERE rowid = OLD.rowid;
  INSERT INTO "claims_fts" (rowid, statement, quote) VALUES (NEW.rowid, NEW.statement, NEW.quote);
END;
CREATE TRIGGER "claims_fts_delete" AFTER DELETE ON "claims" BEGIN
  DELETE FROM "claims_fts" WHERE rowid = OLD.rowid;
END;

-- sources
CREATE TRIGGER "sources_fts_insert" AFTER INSERT ON "sources" BEGIN
  INSERT INTO "sources_fts" (rowid, title) VALUES (NEW.rowid, NEW.title);
END;
CREATE TRIGGER "sources_fts_update" AFTER UPDATE OF title ON "sources" BEGIN
  DELETE FROM "sources_fts" WHERE rowid = OLD.rowid;
  INSERT INTO "sources_fts" (rowid, title) VALUES (NEW.rowid, NEW.title);
END;
CREATE TRIGGER "sources_fts_delete" AFTER DELETE ON "sources" BEGIN
  DELETE FROM "sources_fts" WHERE rowid = OLD.rowid;
END;

-- actors: the name, and every alias in one column, rebuilt when either changes
CREATE TRIGGER "actors_fts_insert" AFTER INSERT ON "actors" BEGIN
  INSERT INTO "actors_fts" (rowid, name, aliases)
    VALUES (NEW.rowid, NEW.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = NEW.id));
END;
CREATE TRIGGER "actors_fts_update" AFTER UPDATE OF id, name ON "actors" BEGIN
  DELETE FROM "actors_fts" WHERE rowid = OLD.rowid;
  INSERT INTO "actors_fts" (rowid, name, aliases)
    VALUES (NEW.rowid, NEW.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = NEW.id));
END;
CREATE TRIGGER "actors_fts_delete" AFTER DELETE ON "actors" BEGIN
  DELETE FROM "actors_fts" WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER "actor_aliases_fts_insert" AFTER INSERT ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE rowid = (SELECT rowid FROM "actors" WHERE id = NEW.actor_id);
  INSERT INTO "actors_fts" (rowid, name, aliases)
    SELECT a.rowid, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id = NEW.actor_id;
END;
CREATE TRIGGER "actor_aliases_fts_update" AFTER UPDATE ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE rowid IN (SELECT rowid FROM "actors" WHERE id IN (OLD.actor_id, NEW.actor_id));
  INSERT INTO "actors_fts" (rowid, name, aliases)
    SELECT a.rowid, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id IN (OLD.actor_id, NEW.actor_id);
END;
CREATE TRIGGER "actor_aliases_fts_delete" AFTER DELETE ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE rowid = (SELECT rowid FROM "actors" WHERE id = OLD.actor_id);
  INSERT INTO "actors_fts" (rowid, name, aliases)
    SELECT a.rowid, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id = OLD.actor_id;
END;
