#!/usr/bin/env bash
# Builds everything and runs every test against a private Azurite on free ports, the widget's browser
# tests in Debian's Chromium included. Arguments go to dotnet test (e.g. --filter FullyQualifiedName~Browser).
# Ends with the line: tests: N passed, N failed, N skipped
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_tools
ensure_chromium
# The browser tests' results depend on the browser: name it in the output.
log "browser tests use $("${COURSEFUNCTIONS_CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || echo "an unknown Chromium")"
log "restoring${CI:+ (locked)}"
restore_packages CourseFunctions.sln
log "building"
dotnet build CourseFunctions.sln -c Release --no-restore -v quiet -nologo >&2

blob=$(free_port); queue=$(free_port); table=$(free_port)
log "starting Azurite on $blob/$queue/$table"
start_azurite "$blob" "$queue" "$table" --inMemoryPersistence
trap stop_azurite EXIT
export COURSEFUNCTIONS_TEST_STORAGE
COURSEFUNCTIONS_TEST_STORAGE=$(storage_connection_string "$blob" "$queue" "$table")

results=artifacts/test-results
rm -rf "$results" artifacts/browser
status=0
dotnet test CourseFunctions.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
counter() { grep -o "<Counters [^>]*>" "$2" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*"; }
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  passed=$((passed + $(counter passed "$trx")))
  failed=$((failed + $(counter failed "$trx")))
  skipped=$((skipped + $(counter notExecuted "$trx")))
done
stop_azurite
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; log "dotnet test failed before reporting results"; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
