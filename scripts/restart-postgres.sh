#!/usr/bin/env bash
# Restarts the local PostgreSQL cluster the tests use (fast shutdown: open connections are cut) and waits until it
# accepts connections again. Used by the sync fault-injection test "Postgres restarted mid-push".
set -euo pipefail
for version in $(ls /etc/postgresql); do
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart -m fast
done
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p 5432 && exit 0
  sleep 0.5
done
echo "PostgreSQL did not come back after a restart" >&2
exit 1
