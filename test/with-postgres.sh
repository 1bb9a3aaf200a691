#!/bin/sh
# Run a command with a throwaway PostgreSQL: initdb in a temporary folder, listening on
# 127.0.0.1 on a free port, trust authentication; TEST_DATABASE_URL points at it while the
# command runs; the server is stopped and the folder removed afterwards, also on failure.
#   test/with-postgres.sh npm test
# Needs the PostgreSQL server binaries (initdb, pg_ctl): on PATH, or Debian's postgresql package
# (/usr/lib/postgresql/<version>/bin). As root, the server runs as the user "postgres".
set -eu

bin_dir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  done
  echo "with-postgres.sh: no initdb found (install Debian's postgresql package)" >&2
  exit 1
}

PG_BIN=$(bin_dir)
DATA=$(mktemp -d "${TMPDIR:-/tmp}/korea-pg-XXXXXX")
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then
  # (initdb refuses to run as root; Debian's package creates this user, a bare image may not have it)
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres "$DATA"
fi

stop() {
  as_owner "$PG_BIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap stop EXIT INT TERM

as_owner "$PG_BIN/initdb" -D "$DATA/db" -U postgres --auth=trust --encoding=UTF8 --no-sync >"$DATA/initdb.log" 2>&1 || { cat "$DATA/initdb.log" >&2; exit 1; }
PG_OPTS="-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200"
as_owner "$PG_BIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w -o "$PG_OPTS" start >/dev/null || { cat "$DATA/server.log" >&2; exit 1; }
echo "with-postgres.sh: PostgreSQL on 127.0.0.1:$PORT ($PG_BIN)" >&2

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
# for tests that stop and start the server (pg_ctl -D "$TEST_PG_DATA" -o "$TEST_PG_OPTS" …)
export TEST_PG_BIN="$PG_BIN" TEST_PG_DATA="$DATA/db" TEST_PG_OPTS="$PG_OPTS" TEST_PG_LOG="$DATA/server.log"
"$@"
