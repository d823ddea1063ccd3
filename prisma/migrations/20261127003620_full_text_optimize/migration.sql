-- Merge each full-text index into one b-tree. FTS5 writes an index as a set of
-- segments and merges them only gradually (automerge); a bulk load (the backfills
-- of full_text_by_rowid, a large import) leaves many. A search that probes one
-- row at a time (`MATCH ... AND rowid = ?`, used for common words) searches every
-- segment: on the generated 1M-event file, a page of `artillery` took 4.0 ms of
-- SQL before this and 0.75 ms after; `ceasefire talks` 19.6 ms and 3.0 ms.
-- 'optimize' rewrites the index once (0.9 s for 1M events' titles and summaries).
INSERT INTO "events_fts"("events_fts") VALUES('optimize');
INSERT INTO "claims_fts"("claims_fts") VALUES('optimize');
INSERT INTO "sources_fts"("sources_fts") VALUES('optimize');
INSERT INTO "actors_fts"("actors_fts") VALUES('optimize');
