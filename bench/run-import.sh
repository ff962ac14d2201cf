#!/usr/bin/env bash
# Times the importer on every hostile run of the test corpus at 1 MiB. Writes bench/results/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/ImportBench -c Release -v quiet -nologo >&2
mkdir -p bench/results
dotnet bench/ImportBench/bin/Release/net10.0/CourseFunctions.ImportBench.dll bench/results/import.md
