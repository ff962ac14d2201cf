#!/usr/bin/env bash
# Course widget render benchmark in Debian's Chromium. Writes bench/results/widget.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_chromium
dotnet build bench/WidgetBench -c Release -v quiet -nologo >&2
mkdir -p bench/results
dotnet bench/WidgetBench/bin/Release/net10.0/CourseFunctions.WidgetBench.dll bench/results/widget.md
