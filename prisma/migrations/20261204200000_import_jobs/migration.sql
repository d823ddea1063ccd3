-- CreateTable
CREATE TABLE "import_jobs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "format" TEXT NOT NULL,
    "dry_run" BOOLEAN NOT NULL,
    "author" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "bytes_total" INTEGER NOT NULL,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "error" TEXT,
    "created_at" TEXT NOT NULL,
    "started_at" TEXT,
    "finished_at" TEXT
);

-- CreateIndex
CREATE INDEX "import_jobs_created_at_idx" ON "import_jobs"("created_at");

