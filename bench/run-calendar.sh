#!/usr/bin/env bash
# Runs the calendar feed benchmark against a private Azurite and writes bench/results/calendar.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_node_tools
dotnet build bench/CalendarBench -c Release -v quiet -nologo >&2
blob=$(free_port); queue=$(free_port); table=$(free_port)
start_azurite "$blob" "$queue" "$table" --inMemoryPersistence
trap stop_azurite EXIT
mkdir -p bench/results
dotnet bench/CalendarBench/bin/Release/net10.0/CourseFunctions.CalendarBench.dll \
  "$(storage_connection_string "$blob" "$queue" "$table")" bench/results/calendar.md
