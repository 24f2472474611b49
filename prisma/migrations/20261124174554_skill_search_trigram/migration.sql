-- Skill search: trigram index for word-prefix LIKE patterns over names and labels.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Skill_searchText_idx" ON "Skill" USING GIN ("searchText" gin_trgm_ops);
