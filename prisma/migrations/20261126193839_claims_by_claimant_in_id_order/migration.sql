-- DropIndex
DROP INDEX "claims_claimant_id_idx";

-- CreateIndex
CREATE INDEX "claims_claimant_id_id_idx" ON "claims"("claimant_id", "id");

