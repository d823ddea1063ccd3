-- CreateTable
CREATE TABLE "actors" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_norm" TEXT NOT NULL,
    "country" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actor_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_norm" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "lang" TEXT,
    CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "actor_external_ids" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actor_id" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "actor_external_ids_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "affiliations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actor_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "start_date" TEXT,
    "end_date" TEXT,
    "date_precision" TEXT,
    CONSTRAINT "affiliations_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "affiliations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "actors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "places" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT,
    "admin1" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "geo_precision" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "place_external_ids" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "place_id" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "place_external_ids_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "plover_category" TEXT NOT NULL,
    "acled_event_type" TEXT,
    "acled_sub_event_type" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "date_precision" TEXT NOT NULL,
    "place_id" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "events_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_participants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "event_participants_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "event_participants_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_external_ids" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event_id" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "event_external_ids_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher_id" TEXT,
    "author" TEXT,
    "published_at" TEXT,
    "published_precision" TEXT,
    "language" TEXT,
    "url" TEXT,
    "parent_id" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "sources_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "actors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "sources_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "sources" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "source_external_ids" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source_id" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "source_external_ids_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimant_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "event_id" TEXT,
    "statement" TEXT NOT NULL,
    "quote" TEXT,
    "stance" TEXT NOT NULL,
    "certainty" TEXT NOT NULL,
    "verification" TEXT NOT NULL,
    "claimed_at" TEXT,
    "claimed_precision" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "actors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "claims_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "claim_about_actors" (
    "claim_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,

    PRIMARY KEY ("claim_id", "actor_id"),
    CONSTRAINT "claim_about_actors_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_about_actors_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "quantities" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claim_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "value" REAL,
    "low" REAL,
    "high" REAL,
    "comparator" TEXT NOT NULL,
    "text" TEXT,
    CONSTRAINT "quantities_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claim_id" TEXT NOT NULL,
    "related_claim_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "claim_relations_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_relations_related_claim_id_fkey" FOREIGN KEY ("related_claim_id") REFERENCES "claims" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "revisions" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "collection" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "snapshot" TEXT
);

-- CreateTable
CREATE TABLE "tombstones" (
    "collection" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "deleted_at" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "reason" TEXT,
    "merged_into" TEXT,
    "version" INTEGER NOT NULL,

    PRIMARY KEY ("collection", "entity_id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "revoked_at" TEXT,
    "last_used_at" TEXT
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "key" TEXT NOT NULL,
    "api_key_id" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "headers" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,

    PRIMARY KEY ("api_key_id", "key")
);

-- CreateIndex
CREATE INDEX "actors_name_norm_idx" ON "actors"("name_norm");

-- CreateIndex
CREATE INDEX "actors_kind_idx" ON "actors"("kind");

-- CreateIndex
CREATE INDEX "actors_country_idx" ON "actors"("country");

-- CreateIndex
CREATE INDEX "actors_updated_at_idx" ON "actors"("updated_at");

-- CreateIndex
CREATE INDEX "actor_aliases_name_norm_idx" ON "actor_aliases"("name_norm");

-- CreateIndex
CREATE UNIQUE INDEX "actor_aliases_actor_id_name_norm_key" ON "actor_aliases"("actor_id", "name_norm");

-- CreateIndex
CREATE INDEX "actor_external_ids_actor_id_idx" ON "actor_external_ids"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_external_ids_scheme_value_key" ON "actor_external_ids"("scheme", "value");

-- CreateIndex
CREATE INDEX "affiliations_organisation_id_idx" ON "affiliations"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "affiliations_actor_id_organisation_id_role_key" ON "affiliations"("actor_id", "organisation_id", "role");

-- CreateIndex
CREATE INDEX "places_country_idx" ON "places"("country");

-- CreateIndex
CREATE INDEX "places_longitude_latitude_idx" ON "places"("longitude", "latitude");

-- CreateIndex
CREATE INDEX "places_updated_at_idx" ON "places"("updated_at");

-- CreateIndex
CREATE INDEX "place_external_ids_place_id_idx" ON "place_external_ids"("place_id");

-- CreateIndex
CREATE UNIQUE INDEX "place_external_ids_scheme_value_key" ON "place_external_ids"("scheme", "value");

-- CreateIndex
CREATE INDEX "events_start_date_idx" ON "events"("start_date");

-- CreateIndex
CREATE INDEX "events_end_date_idx" ON "events"("end_date");

-- CreateIndex
CREATE INDEX "events_type_idx" ON "events"("type");

-- CreateIndex
CREATE INDEX "events_place_id_idx" ON "events"("place_id");

-- CreateIndex
CREATE INDEX "events_status_idx" ON "events"("status");

-- CreateIndex
CREATE INDEX "events_updated_at_idx" ON "events"("updated_at");

-- CreateIndex
CREATE INDEX "event_participants_actor_id_event_id_idx" ON "event_participants"("actor_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participants_event_id_actor_id_role_key" ON "event_participants"("event_id", "actor_id", "role");

-- CreateIndex
CREATE INDEX "event_external_ids_event_id_idx" ON "event_external_ids"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_external_ids_scheme_value_key" ON "event_external_ids"("scheme", "value");

-- CreateIndex
CREATE INDEX "sources_publisher_id_idx" ON "sources"("publisher_id");

-- CreateIndex
CREATE INDEX "sources_parent_id_idx" ON "sources"("parent_id");

-- CreateIndex
CREATE INDEX "sources_published_at_idx" ON "sources"("published_at");

-- CreateIndex
CREATE INDEX "sources_updated_at_idx" ON "sources"("updated_at");

-- CreateIndex
CREATE INDEX "source_external_ids_source_id_idx" ON "source_external_ids"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_external_ids_scheme_value_key" ON "source_external_ids"("scheme", "value");

-- CreateIndex
CREATE INDEX "claims_claimant_id_idx" ON "claims"("claimant_id");

-- CreateIndex
CREATE INDEX "claims_source_id_idx" ON "claims"("source_id");

-- CreateIndex
CREATE INDEX "claims_event_id_idx" ON "claims"("event_id");

-- CreateIndex
CREATE INDEX "claims_stance_idx" ON "claims"("stance");

-- CreateIndex
CREATE INDEX "claims_verification_idx" ON "claims"("verification");

-- CreateIndex
CREATE INDEX "claims_claimed_at_idx" ON "claims"("claimed_at");

-- CreateIndex
CREATE INDEX "claims_updated_at_idx" ON "claims"("updated_at");

-- CreateIndex
CREATE INDEX "claim_about_actors_actor_id_idx" ON "claim_about_actors"("actor_id");

-- CreateIndex
CREATE INDEX "quantities_claim_id_idx" ON "quantities"("claim_id");

-- CreateIndex
CREATE INDEX "claim_relations_related_claim_id_kind_idx" ON "claim_relations"("related_claim_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_claim_id_related_claim_id_kind_key" ON "claim_relations"("claim_id", "related_claim_id", "kind");

-- CreateIndex
CREATE INDEX "revisions_collection_entity_id_version_idx" ON "revisions"("collection", "entity_id", "version");

-- CreateIndex
CREATE INDEX "revisions_at_idx" ON "revisions"("at");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_token_hash_key" ON "api_keys"("token_hash");

