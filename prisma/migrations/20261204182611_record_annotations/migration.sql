-- Annotations: where a record says more than its source (a date or status
-- read from context, outside knowledge such as an external id), each mark
-- with the field it is about and a reason. One JSON column per record kind,
-- read and written with the record.
-- Written by hand as ADD COLUMN: `migrate diff` redefines each table
-- (create, copy, drop, rename), which would drop the events triggers and
-- detach the full-text tables.
ALTER TABLE "actors" ADD COLUMN "annotations" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "places" ADD COLUMN "annotations" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "sources" ADD COLUMN "annotations" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "events" ADD COLUMN "annotations" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "claims" ADD COLUMN "annotations" TEXT NOT NULL DEFAULT '[]';
