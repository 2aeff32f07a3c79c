#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Smoke start of a packaged SchoolWatch (Linux), as CI runs it after building the app image:
#   1. on a new data folder the launcher opens the first start's set-up form (startup.signInMillis, exit 0);
#   2. on a folder with the demo city and its accounts (made by SignedInFolder.java) it opens the sign-in form,
#      the head of unit signs in through it (the app's timed sign-in: --startup-timing with
#      -Dschoolwatch.timing.user, password on standard input) and the dashboard is painted
#      (startup.dashboardMillis, exit 0).
# Exits 1 with a message saying which step failed, and the end of the app's log.
#
#   packaging/smoke-start.sh [LAUNCHER]     default: target/packaging/image/SchoolWatch/bin/SchoolWatch
#
# Environment: SMOKE_TIMEOUT (seconds per start, default 240: a sign-in that fails leaves the form waiting).
# Needs target/schoolwatch.jar and target/lib (to make the folder) and, without a display, xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/packaging/image/SchoolWatch/bin/SchoolWatch}
limit=${SMOKE_TIMEOUT:-240}

fail() { echo "SMOKE START FAILED: $*" >&2; exit 1; }
[ -x "$launcher" ] || fail "no launcher at $launcher (build it with packaging/build.sh app-image)"
[ -f target/schoolwatch.jar ] || fail "target/schoolwatch.jar missing (mvn -B -DskipTests package)"
display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || fail "no display and no xvfb-run (apt-get install -y xvfb xauth)"
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/schoolwatch-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
log_tail() { echo "--- end of $1:" >&2; grep -v '^\s*at ' "$1" | tail -n 25 >&2; }

# $1: log file; then the launcher's options. Standard input goes to the app.
start() {
  local log=$1
  shift
  ${display[@]+"${display[@]}"} timeout -k 10 "$limit" "$launcher" --startup-timing "$@" >"$log" 2>&1
}

echo "== 1. new data folder: the first start's set-up form"
rc=0
start "$work/first.log" --data-dir "$work/new" </dev/null || rc=$?
if [ $rc != 0 ] || ! grep -q '^startup.signInMillis=' "$work/first.log"; then
  log_tail "$work/first.log"
  [ $rc = 124 ] && fail "$launcher did not open the set-up form within ${limit} s"
  fail "$launcher did not open the set-up form on a new data folder (exit $rc)"
fi
grep '^startup\.' "$work/first.log" | sed 's/^/   /'

echo "== 2. folder with accounts: sign-in form, the head of unit signs in, dashboard"
java -cp "target/schoolwatch.jar:target/lib/*" packaging/SignedInFolder.java "$work/signed" >"$work/folder.log" 2>&1 \
  || { log_tail "$work/folder.log"; fail "could not make the data folder with accounts"; }
rc=0
printf 'Demo-2026-shkola\n' | JAVA_TOOL_OPTIONS="-Dschoolwatch.timing.user=nachalnik" \
  start "$work/signin.log" --data-dir "$work/signed" || rc=$?
grep '^startup\.' "$work/signin.log" | sed 's/^/   /' || true
if [ $rc != 0 ] || ! grep -q '^startup.dashboardMillis=' "$work/signin.log"; then
  log_tail "$work/signin.log"
  [ $rc = 124 ] && fail "$launcher showed no dashboard within ${limit} s of its start (sign-in as nachalnik refused or hung)"
  fail "$launcher did not reach the dashboard after a sign-in as nachalnik (exit $rc)"
fi
echo "smoke start: the packaged app opens the set-up form, signs in and paints the dashboard"
