#!/usr/bin/env bash
# Starts Azurite (or reuses one already listening on 10000-10002) and the DevServer on PORT (default 7071),
# with the sample course imported. Ctrl-C stops what this script started.
#   scripts/dev.sh --reset   deletes the local data (.azurite/: courses, slides, the operator key) first
#   CORS_ORIGINS=http://localhost:8080 scripts/dev.sh   lets that site's pages call the API too
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
# Jekyll's default address, plus any the caller adds; dev only (Azure takes corsAllowedOrigins from Bicep).
ORIGINS="http://localhost:4000,http://127.0.0.1:4000${CORS_ORIGINS:+,$CORS_ORIGINS}"
ensure_node_tools
log "building the DevServer"
restore_packages src/DevServer
dotnet build src/DevServer -c Debug --no-restore -v quiet -nologo >&2

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
  --urls "http://localhost:$PORT" \
  --DevServer:EditKey "$EDIT_KEY" \
  --Cors:AllowedOrigins "$ORIGINS" \
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
