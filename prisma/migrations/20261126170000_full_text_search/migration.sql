-- Full-text search (FTS5) over the text people search for: event titles and
-- summaries, claim statements and quotes, source titles, actor names and
-- aliases. Each index is a separate FTS5 table keyed by the record's id
-- (UNINDEXED), not by rowid: a table with a text primary key may have its
-- rowids renumbered by VACUUM. Triggers keep the indexes in step with every
-- write, including alias changes. Prisma does not model these tables.
-- Tokenizer: unicode61 with remove_diacritics 2, so "Zinovyev" and "ZINOVYEV"
-- match alike and accents are ignored.

CREATE VIRTUAL TABLE "events_fts" USING fts5(id UNINDEXED, title, summary, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "claims_fts" USING fts5(id UNINDEXED, statement, quote, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "sources_fts" USING fts5(id UNINDEXED, title, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "actors_fts" USING fts5(id UNINDEXED, name, aliases, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "events_fts" (id, title, summary) SELECT id, title, summary FROM "events";
INSERT INTO "claims_fts" (id, statement, quote) SELECT id, statement, quote FROM "claims";
INSERT INTO "sources_fts" (id, title) SELECT id, title FROM "sources";
INSERT INTO "actors_fts" (id, name, aliases)
  SELECT a.id, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a;

-- events
CREATE TRIGGER "events_fts_insert" AFTER INSERT ON "events" BEGIN
  INSERT INTO "events_fts" (id, title, summary) VALUES (NEW.id, NEW.title, NEW.summary);
END;
CREATE TRIGGER "events_fts_update" AFTER UPDATE OF id, title, summary ON "events" BEGIN
  DELETE FROM "events_fts" WHERE id = OLD.id;
  INSERT INTO "events_fts" (id, title, summary) VALUES (NEW.id, NEW.title, NEW.summary);
END;
CREATE TRIGGER "events_fts_delete" AFTER DELETE ON "events" BEGIN
  DELETE FROM "events_fts" WHERE id = OLD.id;
END;

-- claims
CREATE TRIGGER "claims_fts_insert" AFTER INSERT ON "claims" BEGIN
  INSERT INTO "claims_fts" (id, statement, quote) VALUES (NEW.id, NEW.statement, NEW.quote);
END;
CREATE TRIGGER "claims_fts_update" AFTER UPDATE OF id, statement, quote ON "claims" BEGIN
  DELETE FROM "claims_fts" WHERE id = OLD.id;
  INSERT INTO "claims_fts" (id, statement, quote) VALUES (NEW.id, NEW.statement, NEW.quote);
END;
CREATE TRIGGER "claims_fts_delete" AFTER DELETE ON "claims" BEGIN
  DELETE FROM "claims_fts" WHERE id = OLD.id;
END;

-- sources
CREATE TRIGGER "sources_fts_insert" AFTER INSERT ON "sources" BEGIN
  INSERT INTO "sources_fts" (id, title) VALUES (NEW.id, NEW.title);
END;
CREATE TRIGGER "sources_fts_update" AFTER UPDATE OF id, title ON "sources" BEGIN
  DELETE FROM "sources_fts" WHERE id = OLD.id;
  INSERT INTO "sources_fts" (id, title) VALUES (NEW.id, NEW.title);
END;
CREATE TRIGGER "sources_fts_delete" AFTER DELETE ON "sources" BEGIN
  DELETE FROM "sources_fts" WHERE id = OLD.id;
END;

-- actors: the name, and every alias in one column, rebuilt when either changes
CREATE TRIGGER "actors_fts_insert" AFTER INSERT ON "actors" BEGIN
  INSERT INTO "actors_fts" (id, name, aliases)
    VALUES (NEW.id, NEW.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = NEW.id));
END;
CREATE TRIGGER "actors_fts_update" AFTER UPDATE OF id, name ON "actors" BEGIN
  DELETE FROM "actors_fts" WHERE id = OLD.id;
  INSERT INTO "actors_fts" (id, name, aliases)
    VALUES (NEW.id, NEW.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = NEW.id));
END;
CREATE TRIGGER "actors_fts_delete" AFTER DELETE ON "actors" BEGIN
  DELETE FROM "actors_fts" WHERE id = OLD.id;
END;
CREATE TRIGGER "actor_aliases_fts_insert" AFTER INSERT ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE id = NEW.actor_id;
  INSERT INTO "actors_fts" (id, name, aliases)
    SELECT a.id, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id = NEW.actor_id;
END;
CREATE TRIGGER "actor_aliases_fts_update" AFTER UPDATE ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE id IN (OLD.actor_id, NEW.actor_id);
  INSERT INTO "actors_fts" (id, name, aliases)
    SELECT a.id, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id IN (OLD.actor_id, NEW.actor_id);
END;
CREATE TRIGGER "actor_aliases_fts_delete" AFTER DELETE ON "actor_aliases" BEGIN
  DELETE FROM "actors_fts" WHERE id = OLD.actor_id;
  INSERT INTO "actors_fts" (id, name, aliases)
    SELECT a.id, a.name, (SELECT group_concat(al.name, ' ') FROM "actor_aliases" al WHERE al.actor_id = a.id) FROM "actors" a WHERE a.id = OLD.actor_id;
END;
