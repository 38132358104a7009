#!/usr/bin/env bash
# Runs the BUILT bundle, never the source tree: the same steps on Linux (make dist-test), Windows and macOS (CI).
# A fresh data folder that does not exist yet, --version, init, demo, the commands that load the lazily imported
# parts (spreadsheets, matching, portal, scheduler), then `gui --self-test` (every tab and dialog, every module).
set -euo pipefail

PROGRAM="${1:?usage: scripts/dist-test.sh PATH/TO/mentor-coordinator[.exe] [EXPECTED_VERSION]}"
EXPECTED="${2:-}"
case "$PROGRAM" in /*|[A-Za-z]:*) ;; *) PROGRAM="$PWD/$PROGRAM" ;; esac
if [ ! -f "$PROGRAM" ]; then
  echo "dist-test: no bundle at $PROGRAM (run make dist first)" >&2
  exit 1
fi

WORK="$(mktemp -d)"
PORTAL_PID=""
cleanup() {
  if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"  # nothing of the source tree on any path
unset PYTHONPATH PYTHONHOME MENTOR_DB_URL VIRTUAL_ENV
export MENTOR_DATA_DIR="$WORK/data" MENTOR_CONFIG_DIR="$WORK/config"
export PATH="/usr/bin:/bin:/usr/local/bin:$PATH"  # and no venv python ahead of them

step() { printf '\n== %s\n' "$*"; }
fail() { echo "dist-test FAILED: $*" >&2; exit 1; }
mc() { "$PROGRAM" "$@"; }

step "version"
version="$(mc --version)"
echo "$version"
case "$version" in "mentor-coordinator "[0-9]*) ;; *) fail "--version printed '$version'" ;; esac
if [ -n "$EXPECTED" ] && [ "$version" != "mentor-coordinator $EXPECTED" ]; then fail "expected version $EXPECTED"; fi

step "first start: no data folder yet"
[ ! -e "$MENTOR_DATA_DIR" ] || fail "the data folder existed before the first start"
mc init
[ -s "$MENTOR_DATA_DIR/mentor-coordinator.db" ] || fail "init made no database"

step "demo cohort"
mc demo --size 40
mc demo --if-empty
programme="$(mc programme list --json | sed -n 's/.*"id": "\([0-9a-f-]*\)".*/\1/p' | head -1)"
[ -n "$programme" ] || fail "no programme after demo"

step "commands that load the lazily imported parts"
mc pairing list | head -5
mc match cohort --programme "$programme" | head -5
mc export "$WORK/export.xlsx" && [ -s "$WORK/export.xlsx" ] || fail "export wrote nothing"
mc export --template "$WORK/template.xlsx"
mc import "$WORK/export.xlsx" --dry-run | tail -3  # a whole export read back (calamine)
mc import "$WORK/template.xlsx" --dry-run | tail -1
mc dashboard | head -5
mc reminders run-once | tail -2
mc portal links | head -3

step "portal serves a page"
answered=""
for attempt in 1 2 3 4 5; do  # a random port; another program may hold it, so try a few
  port=$((20000 + RANDOM % 20000))
  mc portal serve --port "$port" >"$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/" -o "$WORK/portal.html" 2>/dev/null; then answered=yes; break; fi
    kill -0 "$PORTAL_PID" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$answered" ] && break
  kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
done
[ -n "$answered" ] && grep -qi '<html' "$WORK/portal.html" || { cat "$WORK/portal.log"; fail "the portal did not answer"; }
kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""

step "refusals are one line"
if mc pairing show no-such-pairing 2>"$WORK/err.txt"; then fail "a missing pairing was not refused"; fi
[ "$(wc -l <"$WORK/err.txt")" -eq 1 ] || { cat "$WORK/err.txt"; fail "the refusal was not one line"; }

step "desktop self-test"
if [ "$(uname -s)" = "Linux" ]; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$PROGRAM" gui --self-test
else
  mc gui --self-test
fi
echo
echo "dist-test: all steps passed"
