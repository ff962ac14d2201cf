#!/usr/bin/env bash
# Soak benchmark: reads, edits and slide uploads while Azurite is paused and resumed. Writes bench/results/soak.md.
# Usage: bench/run-soak.sh [seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_node_tools
dotnet build src/DevServer -c Release -v quiet -nologo >&2
dotnet build bench/SoakBench -c Release -v quiet -nologo >&2
server_pid=
cleanup() { [ -z "$server_pid" ] || stop_process "$server_pid"; kill -CONT "${AZURITE_PID:-0}" 2>/dev/null || true; stop_azurite; }
trap cleanup EXIT
blob=$(free_port); queue=$(free_port); table=$(free_port)
start_azurite "$blob" "$queue" "$table" --inMemoryPersistence
storage=$(storage_connection_string "$blob" "$queue" "$table")
port=$(free_port)
Logging__LogLevel__Default=Error dotnet src/DevServer/bin/Release/net10.0/CourseFunctions.DevServer.dll \
  --urls "http://127.0.0.1:$port" --DevServer:EditKey soak-key --CourseStorage "$storage" >/dev/null 2>&1 &
server_pid=$!
wait_for_port "$port" 60
mkdir -p bench/results
dotnet bench/SoakBench/bin/Release/net10.0/CourseFunctions.SoakBench.dll \
  "http://127.0.0.1:$port/api" soak-key "$storage" "$AZURITE_PID" "${1:-60}" bench/results/soak.md
