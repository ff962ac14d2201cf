# Shared by dev.sh and test.sh. Source it from the repository root.

readonly AZURITE_ACCOUNT=devstoreaccount1
# The well-known Azurite development key: public, and accepted by nothing but the emulator.
readonly AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

log() { printf '==> %s\n' "$*" >&2; }

# Installs the pinned Node tools (Azurite) from package-lock.json when they are missing or stale.
ensure_node_tools() {
  command -v npm >/dev/null || { echo "npm is required (Node.js 20 or later)" >&2; exit 1; }
  if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing Node tools from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# Installs Debian's Chromium for the widget's browser tests when it is missing. Playwright drives it;
# nothing downloads a browser of its own.
ensure_chromium() {
  [ -x "${COURSEFUNCTIONS_CHROMIUM:-/usr/bin/chromium}" ] && return
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Chromium from Debian's packages"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
}

# Restores a project or the solution from the packages.lock.json files. In CI (CI=true) in locked mode: a project
# whose packages changed without its lock file fails here instead of restoring other versions than were tested.
restore_packages() { # project-or-solution
  local mode=()
  [ "${CI:-}" != "true" ] || mode=(--locked-mode)
  dotnet restore "$1" -v quiet -nologo "${mode[@]}" >&2 || {
    echo "restore failed; if a lock file is out of date: dotnet restore CourseFunctions.sln --force-evaluate, then commit the packages.lock.json files" >&2
    exit 1
  }
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints a free TCP port on 127.0.0.1 from the ephemeral range.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    port_in_use "$port" || { echo "$port"; return; }
  done
}

wait_for_port() { # port seconds
  local deadline=$(( SECONDS + $2 ))
  until port_in_use "$1"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

storage_connection_string() { # blobPort queuePort tablePort
  echo "DefaultEndpointsProtocol=http;AccountName=$AZURITE_ACCOUNT;AccountKey=$AZURITE_KEY;BlobEndpoint=http://127.0.0.1:$1/$AZURITE_ACCOUNT;QueueEndpoint=http://127.0.0.1:$2/$AZURITE_ACCOUNT;TableEndpoint=http://127.0.0.1:$3/$AZURITE_ACCOUNT;"
}

# Starts Azurite in the background and sets AZURITE_PID; its output goes to artifacts/azurite.log.
# Extra arguments go to Azurite.
# --skipApiVersionCheck: the Azure SDKs speak a newer REST version than Azurite 3.37 knows.
start_azurite() { # blobPort queuePort tablePort [azurite args...]
  local blob=$1 queue=$2 table=$3; shift 3
  mkdir -p artifacts
  node_modules/.bin/azurite --silent --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" "$@" >>artifacts/azurite.log 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$blob" 30 && wait_for_port "$queue" 30 && wait_for_port "$table" 30 \
    || { echo "Azurite did not start; see artifacts/azurite.log" >&2; exit 1; }
}

# Stops a background process: TERM first, KILL if it is still there after five seconds.
stop_process() { # pid
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

stop_azurite() {
  [ -n "${AZURITE_PID:-}" ] || return 0
  stop_process "$AZURITE_PID"
  AZURITE_PID=
}
