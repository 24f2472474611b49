-- Events published to subscriptions, shared by every instance (src/platform/pubsub), and the
-- rate-limit budgets shared by every instance (src/platform/limits/rate-limit.ts, RATE_LIMIT_STORE=postgres).
-- IF NOT EXISTS: the privacy helper's migration of the same hour was generated while these models
-- were already in schema.prisma and may create them first; either order ends in the same schema.

CREATE TABLE IF NOT EXISTS "PublishedEvent" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX IF NOT EXISTS "PublishedEvent_at_idx" ON "PublishedEvent"("at");

-- rate-limiter-flexible's RateLimiterPostgres layout (key, points, expire in epoch ms), created
-- here so the service needs no DDL rights at run time (tableCreated: true).
CREATE TABLE IF NOT EXISTS "RateLimitBudget" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimitBudget_pkey" PRIMARY KEY ("key")
);
