#!/usr/bin/env bash
# Public read API under load: wrk against the DevServer and against nginx serving the same bytes from disk,
# in the same run, for schedule, course and calendar.ics, without and with Accept-Encoding (nginx serves the
# DevServer's own gzip bytes with gzip_static). Also: storage round trips per request (Server-Timing), and
# the course list over 1,000 courses. Writes bench/results/api.md.
# Usage: bench/run-api.sh [seconds per run, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
SECONDS_PER_RUN=${1:-8}

command -v wrk >/dev/null && command -v nginx >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; }
ensure_node_tools
dotnet build src/DevServer -c Release -v quiet -nologo >&2

work=$(mktemp -d)
server_pid=; nginx_pid=
cleanup() {
  [ -z "$server_pid" ] || stop_process "$server_pid"
  [ -z "$nginx_pid" ] || stop_process "$nginx_pid"
  stop_azurite; rm -rf "$work"
}
trap cleanup EXIT

blob=$(free_port); queue=$(free_port); table=$(free_port)
start_azurite "$blob" "$queue" "$table" --inMemoryPersistence
api_port=$(free_port)
KEY=bench-key
Logging__LogLevel__Default=Warning dotnet src/DevServer/bin/Release/net10.0/CourseFunctions.DevServer.dll \
  --urls "http://127.0.0.1:$api_port" --DevServer:EditKey "$KEY" \
  --CourseStorage "$(storage_connection_string "$blob" "$queue" "$table")" >"$work/devserver.log" 2>&1 &
server_pid=$!
wait_for_port "$api_port" 60
api="http://127.0.0.1:$api_port/api"

# The same bytes for nginx: each route's body as the DevServer sends it, and its gzip variant beside it.
root="$work/www"; mkdir -p "$root"
declare -A routes=([schedule]="courses/iasd2025/schedule" [course]="courses/iasd2025" [calendar.ics]="courses/iasd2025/calendar.ics")
for name in "${!routes[@]}"; do
  curl -sf "$api/${routes[$name]}" -o "$root/$name"
  curl -sf -H 'Accept-Encoding: gzip' "$api/${routes[$name]}" -o "$root/$name.gz"
  cmp -s "$root/$name" "$root/$name.gz" && rm "$root/$name.gz" # not compressed (the calendar): nothing to serve pre-gzipped
done
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on;
  types { application/json schedule course; text/calendar ics; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $root;
    gzip_static on;
    location / { add_header Cache-Control "public, max-age=60"; }
  }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
wait_for_port "$nginx_port" 10

to_ms() { # wrk latency such as 812.00us, 5.60ms, 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
run_wrk() { # url [header]
  local out; out=$(wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency ${2:+-H "$2"} "$1")
  local rps; rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  local p99; p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  echo "$rps $(to_ms "$p99")"
}
round_trips() { # url: storage round trips per request over 50 requests, from Server-Timing
  local total=0
  for _ in $(seq 50); do
    total=$(( total + $(curl -sfI "$1" | tr -d '\r' | sed -n 's/^server-timing:.*storage;desc="\([0-9]*\) round trips".*/\1/Ip') ))
  done
  awk -v t="$total" 'BEGIN { printf "%.2f", t / 50 }'
}

rows=()
for name in schedule course calendar.ics; do
  for encoding in none gzip; do
    header=; [ "$encoding" = gzip ] && header="Accept-Encoding: gzip"
    read -r api_rps api_p99 < <(run_wrk "$api/${routes[$name]}" "$header")
    read -r nginx_rps nginx_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/$name" "$header")
    ratio=$(awk -v a="$api_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", a / n }')
    rows+=("| \`${routes[$name]}\` | $encoding | $(printf %.0f "$api_rps") | $(printf %.0f "$nginx_rps") | **$ratio** | $api_p99 ms | $nginx_p99 ms | $(round_trips "$api/${routes[$name]}") |")
  done
done

# The course list of a deployment with 1,000 courses, created through the editing API.
seq 0 999 | xargs -P 8 -I{} curl -sf -o /dev/null -X PUT "$api/courses/bench{}" -H "x-functions-key: $KEY" -H 'If-None-Match: *' \
  -H 'Content-Type: application/json' -d '{"title":"Benchmark course {}","timeZone":"Europe/Paris","semester":"Fall 2026"}'
count=$(curl -sf "$api/courses" | grep -o '"id"' | wc -l)
durations=$(for _ in $(seq 200); do curl -sfI "$api/courses" | tr -d '\r' | sed -n 's/^server-timing: app;dur=\([0-9.]*\).*/\1/Ip'; done | sort -n)
list_median=$(sed -n '100p' <<<"$durations"); list_p99=$(sed -n '198p' <<<"$durations")
read -r list_rps list_p99_wrk < <(run_wrk "$api/courses" "Accept-Encoding: gzip")

mkdir -p bench/results
{
  echo "# Public read API under load"
  echo
  echo "Run on $(date -u +%Y-%m-%d) ($(nproc) cores, $(dotnet --version) SDK) with \`bench/run-api.sh\`: \`wrk -t2 -c64 -d${SECONDS_PER_RUN}s --latency\`"
  echo "on loopback, the DevServer (Release, Kestrel, Azurite in memory) and nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') serving the same bytes"
  echo "from disk (\`gzip_static\` with the DevServer's own gzip bytes), one after the other in the same run. Ratio ="
  echo "DevServer req/s ÷ nginx req/s (1.00 = as fast as nginx). Round trips: storage requests per request, from Server-Timing."
  echo
  echo "| Route | Accept-Encoding | DevServer req/s | nginx req/s | Ratio | DevServer p99 | nginx p99 | Round trips |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Course list over $count courses (\`/api/courses\`, gzip): handler time from Server-Timing, median $list_median ms, p99 $list_p99 ms"
  echo "over 200 requests; under load $(printf %.0f "$list_rps") req/s, p99 $list_p99_wrk ms."
} > bench/results/api.md
cat bench/results/api.md
