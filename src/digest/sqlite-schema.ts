/**
 * The digest database schema as numbered migrations. `MIGRATIONS[n]` takes a file from
 * `PRAGMA user_version = n` to `n + 1`. Append only: never edit a migration that has shipped.
 */

/**
 * SQL run in order on open, each inside the same write transaction as the version bump.
 * @example MIGRATIONS.length // the schema version a freshly opened file ends up with
 */
export const MIGRATIONS: readonly string[] = [
  // 0 -> 1: subscriptions and the send log, one row per (channel, local day).
  `CREATE TABLE subscriptions (
     channel    TEXT PRIMARY KEY,
     kind       TEXT NOT NULL CHECK (kind IN ('channel', 'dm')),
     user       TEXT,
     time       TEXT NOT NULL,
     tz         TEXT NOT NULL,
     skip_empty INTEGER NOT NULL CHECK (skip_empty IN (0, 1)),
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE sends (
     channel     TEXT NOT NULL,
     day         TEXT NOT NULL,
     status      TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
     claimed_at  TEXT NOT NULL,
     claims      INTEGER NOT NULL,
     sent_at     TEXT,
     article_ids TEXT,
     ts          TEXT,
     error       TEXT,
     failed_at   TEXT,
     PRIMARY KEY (channel, day)
   ) STRICT;`,
  // 1 -> 2: Slack deliveries already handled (event ids, clicks), shared by processes on one file.
  `CREATE TABLE deliveries (
     key     TEXT PRIMARY KEY,
     seen_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX deliveries_seen_at ON deliveries (seen_at);`,
  // 2 -> 3: feedback on answers (one vote per answer and user) and per-user settings.
  `CREATE TABLE feedback (
     answer_id TEXT NOT NULL,
     user      TEXT NOT NULL,
     question  TEXT NOT NULL,
     kind      TEXT NOT NULL,
     cited     TEXT NOT NULL,
     channel   TEXT,
     link      TEXT,
     verdict   TEXT NOT NULL CHECK (verdict IN ('helpful', 'wrong')),
     reason    TEXT,
     text      TEXT,
     at        TEXT NOT NULL,
     PRIMARY KEY (answer_id, user)
   ) STRICT;
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE user_settings (
     user TEXT PRIMARY KEY,
     lang TEXT NOT NULL CHECK (lang IN ('de', 'en'))
   ) STRICT;`,
];
