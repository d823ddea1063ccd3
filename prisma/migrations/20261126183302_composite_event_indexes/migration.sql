-- DropIndex
DROP INDEX "events_type_idx";

-- DropIndex
DROP INDEX "events_place_id_idx";

-- CreateIndex
CREATE INDEX "events_type_start_date_idx" ON "events"("type", "start_date");

-- CreateIndex
CREATE INDEX "events_type_place_id_start_date_idx" ON "events"("type", "place_id", "start_date");

-- CreateIndex
CREATE INDEX "events_place_id_start_date_idx" ON "events"("place_id", "start_date");

