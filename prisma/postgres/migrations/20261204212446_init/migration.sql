-- CreateTable
CREATE TABLE "actors" (
    "id" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "name_norm" TEXT COLLATE "C" NOT NULL,
    "country" TEXT COLLATE "C",
    "description" TEXT COLLATE "C",
    "annotations" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "updated_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "name_norm" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "lang" TEXT COLLATE "C",

    CONSTRAINT "actor_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_external_ids" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT COLLATE "C" NOT NULL,
    "scheme" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "actor_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliations" (
    "id" TEXT COLLATE "C" NOT NULL,
    "actor_id" TEXT COLLATE "C" NOT NULL,
    "organisation_id" TEXT COLLATE "C" NOT NULL,
    "role" TEXT COLLATE "C" NOT NULL,
    "start_date" TEXT COLLATE "C",
    "end_date" TEXT COLLATE "C",
    "date_precision" TEXT COLLATE "C",

    CONSTRAINT "affiliations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "places" (
    "id" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "country" TEXT COLLATE "C",
    "admin1" TEXT COLLATE "C",
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "geo_precision" TEXT COLLATE "C" NOT NULL,
    "annotations" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "updated_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "places_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_external_ids" (
    "id" SERIAL NOT NULL,
    "place_id" TEXT COLLATE "C" NOT NULL,
    "scheme" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "place_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT COLLATE "C" NOT NULL,
    "type" TEXT COLLATE "C" NOT NULL,
    "plover_category" TEXT COLLATE "C" NOT NULL,
    "acled_event_type" TEXT COLLATE "C",
    "acled_sub_event_type" TEXT COLLATE "C",
    "title" TEXT COLLATE "C" NOT NULL,
    "summary" TEXT COLLATE "C" NOT NULL,
    "start_date" TEXT COLLATE "C" NOT NULL,
    "end_date" TEXT COLLATE "C" NOT NULL,
    "date_precision" TEXT COLLATE "C" NOT NULL,
    "place_id" TEXT COLLATE "C",
    "status" TEXT COLLATE "C" NOT NULL,
    "annotations" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "country" TEXT COLLATE "C",
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "updated_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participants" (
    "id" SERIAL NOT NULL,
    "event_id" TEXT COLLATE "C" NOT NULL,
    "actor_id" TEXT COLLATE "C" NOT NULL,
    "role" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "event_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_external_ids" (
    "id" SERIAL NOT NULL,
    "event_id" TEXT COLLATE "C" NOT NULL,
    "scheme" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "event_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "publisher_id" TEXT COLLATE "C",
    "author" TEXT COLLATE "C",
    "published_at" TEXT COLLATE "C",
    "published_precision" TEXT COLLATE "C",
    "language" TEXT COLLATE "C",
    "url" TEXT COLLATE "C",
    "parent_id" TEXT COLLATE "C",
    "description" TEXT COLLATE "C",
    "annotations" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "updated_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_external_ids" (
    "id" SERIAL NOT NULL,
    "source_id" TEXT COLLATE "C" NOT NULL,
    "scheme" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "source_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT COLLATE "C" NOT NULL,
    "claimant_id" TEXT COLLATE "C" NOT NULL,
    "source_id" TEXT COLLATE "C" NOT NULL,
    "event_id" TEXT COLLATE "C",
    "statement" TEXT COLLATE "C" NOT NULL,
    "quote" TEXT COLLATE "C",
    "stance" TEXT COLLATE "C" NOT NULL,
    "certainty" TEXT COLLATE "C" NOT NULL,
    "verification" TEXT COLLATE "C" NOT NULL,
    "claimed_at" TEXT COLLATE "C",
    "claimed_precision" TEXT COLLATE "C",
    "annotations" TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "updated_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_about_actors" (
    "claim_id" TEXT COLLATE "C" NOT NULL,
    "actor_id" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "claim_about_actors_pkey" PRIMARY KEY ("claim_id","actor_id")
);

-- CreateTable
CREATE TABLE "quantities" (
    "id" TEXT COLLATE "C" NOT NULL,
    "claim_id" TEXT COLLATE "C" NOT NULL,
    "subject" TEXT COLLATE "C" NOT NULL,
    "unit" TEXT COLLATE "C" NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "comparator" TEXT COLLATE "C" NOT NULL,
    "text" TEXT COLLATE "C",

    CONSTRAINT "quantities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" SERIAL NOT NULL,
    "claim_id" TEXT COLLATE "C" NOT NULL,
    "related_claim_id" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "seq" SERIAL NOT NULL,
    "collection" TEXT COLLATE "C" NOT NULL,
    "entity_id" TEXT COLLATE "C" NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT COLLATE "C" NOT NULL,
    "author" TEXT COLLATE "C" NOT NULL,
    "at" TEXT COLLATE "C" NOT NULL,
    "changes" TEXT COLLATE "C" NOT NULL,
    "snapshot" TEXT COLLATE "C",

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "tombstones" (
    "collection" TEXT COLLATE "C" NOT NULL,
    "entity_id" TEXT COLLATE "C" NOT NULL,
    "deleted_at" TEXT COLLATE "C" NOT NULL,
    "author" TEXT COLLATE "C" NOT NULL,
    "reason" TEXT COLLATE "C",
    "merged_into" TEXT COLLATE "C",
    "version" INTEGER NOT NULL,

    CONSTRAINT "tombstones_pkey" PRIMARY KEY ("collection","entity_id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "token_hash" TEXT COLLATE "C" NOT NULL,
    "scopes" TEXT COLLATE "C" NOT NULL,
    "created_at" TEXT COLLATE "C" NOT NULL,
    "revoked_at" TEXT COLLATE "C",
    "last_used_at" TEXT COLLATE "C",

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "key" TEXT COLLATE "C" NOT NULL,
    "api_key_id" TEXT COLLATE "C" NOT NULL,
    "request_hash" TEXT COLLATE "C" NOT NULL,
    "status" INTEGER NOT NULL,
    "headers" TEXT COLLATE "C" NOT NULL,
    "body" TEXT COLLATE "C" NOT NULL,
    "created_at" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "idempotency_records_pkey" PRIMARY KEY ("api_key_id","key")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" TEXT COLLATE "C" NOT NULL,
    "format" TEXT COLLATE "C" NOT NULL,
    "dry_run" BOOLEAN NOT NULL,
    "author" TEXT COLLATE "C" NOT NULL,
    "state" TEXT COLLATE "C" NOT NULL,
    "bytes_total" INTEGER NOT NULL,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT COLLATE "C",
    "error" TEXT COLLATE "C",
    "created_at" TEXT COLLATE "C" NOT NULL,
    "started_at" TEXT COLLATE "C",
    "finished_at" TEXT COLLATE "C",

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "events_type_start_date_idx" ON "events"("type", "start_date");

-- CreateIndex
CREATE INDEX "events_type_place_id_start_date_idx" ON "events"("type", "place_id", "start_date");

-- CreateIndex
CREATE INDEX "events_place_id_start_date_idx" ON "events"("place_id", "start_date");

-- CreateIndex
CREATE INDEX "events_type_country_start_date_end_date_id_idx" ON "events"("type", "country", "start_date", "end_date", "id");

-- CreateIndex
CREATE INDEX "events_country_start_date_end_date_id_idx" ON "events"("country", "start_date", "end_date", "id");

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
CREATE INDEX "claims_claimant_id_id_idx" ON "claims"("claimant_id", "id");

-- CreateIndex
CREATE INDEX "claims_source_id_idx" ON "claims"("source_id");

-- CreateIndex
CREATE INDEX "claims_event_id_idx" ON "claims"("event_id");

-- CreateIndex
CREATE INDEX "claims_stance_idx" ON "claims"("stance");

-- CreateIndex
CREATE INDEX "claims_verification_idx" ON "claims"("verification");

-- CreateIndex
CREATE INDEX "claims_certainty_idx" ON "claims"("certainty");

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

-- CreateIndex
CREATE INDEX "import_jobs_created_at_idx" ON "import_jobs"("created_at");

-- AddForeignKey
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_external_ids" ADD CONSTRAINT "actor_external_ids_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_external_ids" ADD CONSTRAINT "place_external_ids_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_external_ids" ADD CONSTRAINT "event_external_ids_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_external_ids" ADD CONSTRAINT "source_external_ids_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_about_actors" ADD CONSTRAINT "claim_about_actors_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_about_actors" ADD CONSTRAINT "claim_about_actors_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantities" ADD CONSTRAINT "quantities_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_related_claim_id_fkey" FOREIGN KEY ("related_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

