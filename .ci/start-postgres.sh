#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1:${PGPORT:-54329} for the tests and prints its DATABASE_URL.
# Needs Debian's postgresql and postgresql-contrib (cube, earthdistance, pg_trgm, unaccent).
set -euo pipefail
port=${PGPORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql postgresql-contrib" >&2; exit 1; }
data=${PGDATA_DIR:-/tmp/inclusion-widgets-pg}
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
if ! "${run_as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  "${run_as[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='inclusion_test'" | grep -q 1 \
  || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres inclusion_test
echo "postgres://postgres@127.0.0.1:$port/inclusion_test"
