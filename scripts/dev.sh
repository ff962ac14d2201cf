#!/usr/bin/env bash
# Starts Azurite (or reuses one already listening on 10000-10002) and the DevServer on PORT (default 7071),
# with the sample course imported. Ctrl-C stops what this script started.
#   scripts/dev.sh --reset   deletes the local data (.azurite/: courses, slides, the operator key) first
# It runs in Development, where pages on http://localhost and http://127.0.0.1 may call the API from any port.
#   CORS_ORIGINS=http://mybox.local:4000 scripts/dev.sh   lets another site's pages call the API too
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-7071}
if [ "${1:-}" = "--reset" ]; then
  if port_in_use 10000; then
    echo "An Azurite is listening on 10000-10002: stop it first, so that its data can be deleted." >&2
    exit 1
  fi
  log "deleting the local data in .azurite/"
  rm -rf .azurite
fi
# Pages on this machine need no entry (Development); CORS_ORIGINS adds other sites (Azure: Bicep's corsAllowedOrigins).
cors_args=()
[ -z "${CORS_ORIGINS:-}" ] || cors_args=(--Cors:AllowedOrigins "$CORS_ORIGINS")
ensure_node_tools
log "building the DevServer"
restore_packages src/DevServer
# The build's output only when it has something to say: a clean start prints no "0 Warning(s)" summary (the dotnet
# CLI adds it whatever the logger is told), but any warning line still shows, and a failed build shows all.
build_log=artifacts/devserver-build.log
mkdir -p artifacts
dotnet build src/DevServer -c Debug --no-restore -v quiet -nologo >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
grep -E ': (warning|error) ' "$build_log" >&2 || true

server_pid=
cleanup() { [ -z "$server_pid" ] || stop_process "$server_pid"; stop_azurite; }
trap cleanup EXIT
trap 'exit 130' INT TERM

if port_in_use 10000 && port_in_use 10001 && port_in_use 10002; then
  log "reusing the Azurite already listening on 10000-10002"
else
  log "starting Azurite (data in .azurite/, log in artifacts/azurite.log)"
  mkdir -p .azurite
  start_azurite 10000 10001 10002 --location .azurite
fi

# The editing API's key, like a function key in Azure; kept with the Azurite data so it survives restarts.
mkdir -p .azurite
[ -s .azurite/edit-key ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > .azurite/edit-key
EDIT_KEY=$(cat .azurite/edit-key)

# The full connection string, not UseDevelopmentStorage=true: Debian's Azure CLI (2.45) refuses the shorthand.
STORAGE=$(storage_connection_string 10000 10001 10002)
dotnet src/DevServer/bin/Debug/net10.0/CourseFunctions.DevServer.dll \
  --environment Development \
  --urls "http://localhost:$PORT" \
  --DevServer:EditKey "$EDIT_KEY" \
  "${cors_args[@]}" \
  --CourseStorage "$STORAGE" &
server_pid=$!
wait_for_port "$PORT" 60 || { echo "the DevServer did not start on port $PORT" >&2; exit 1; }

cat <<INFO

CourseFunctions DevServer is running.
  Demo page: http://localhost:$PORT/
  Health:    http://localhost:$PORT/api/health
  Courses:   http://localhost:$PORT/api/courses
  Course:    http://localhost:$PORT/api/courses/iasd2025
  Schedule:  http://localhost:$PORT/api/courses/iasd2025/schedule
  Calendar:  http://localhost:$PORT/api/courses/iasd2025/calendar.ics
  Edit key:  $EDIT_KEY   (send as the x-functions-key header)
  Storage:   $STORAGE
Upload slides with:
  az storage blob upload --connection-string "$STORAGE" -c slides -n iasd2025/2025-01-24-lazy-training.pdf -f lazy-training.pdf
Press Ctrl-C to stop.
INFO
wait "$server_pid"
