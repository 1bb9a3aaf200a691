/**
 * The PostgreSQL schema as numbered migrations: `POSTGRES_MIGRATIONS[n]` takes the database from
 * version n to n + 1 (recorded in `schema_migrations`). Append only: never edit a migration that
 * has shipped. Every table the replicas share lives here.
 */

/**
 * SQL run in order at start, each in one transaction with its version row.
 * @example POSTGRES_MIGRATIONS.length // the schema version a fresh database ends up with
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 0 -> 1: digest subscriptions and send log (one row per channel and local day), and the log of
  // Slack deliveries already handled (event ids, clicks), so a retry reaching another replica is
  // not answered twice.
  `CREATE TABLE digest_subscriptions (
     channel    text PRIMARY KEY,
     kind       text NOT NULL CHECK (kind IN ('channel', 'dm')),
     "user"     text,
     time       text NOT NULL,
     tz         text NOT NULL,
     skip_empty boolean NOT NULL,
     created_at text NOT NULL
   );
   CREATE TABLE digest_sends (
     channel     text NOT NULL,
     day         text NOT NULL,
     status      text NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
     claimed_at  timestamptz NOT NULL,
     claims      integer NOT NULL,
     sent_at     text,
     article_ids jsonb,
     ts          text,
     error       text,
     failed_at   timestamptz,
     PRIMARY KEY (channel, day)
   );
   CREATE TABLE slack_deliveries (
     key     text PRIMARY KEY,
     seen_at timestamptz NOT NULL
   );
   CREATE INDEX slack_deliveries_seen_at ON slack_deliveries (seen_at);`,
  // 1 -> 2: feedback on answers (one vote per answer and user) and per-user settings.
  `CREATE TABLE feedback (
     answer_id text NOT NULL,
     "user"    text NOT NULL,
     question  text NOT NULL,
     kind      text NOT NULL,
     cited     jsonb NOT NULL,
     channel   text,
     link      text,
     verdict   text NOT NULL CHECK (verdict IN ('helpful', 'wrong')),
     reason    text,
     text      text,
     at        text NOT NULL,
     PRIMARY KEY (answer_id, "user")
   );
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE user_settings (
     "user" text PRIMARY KEY,
     lang   text NOT NULL CHECK (lang IN ('de', 'en'))
   );`,
];
