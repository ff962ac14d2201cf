#!/usr/bin/env bash
# Search latency over a course of 2,000 slide pages, against the index the API holds and against a linear scan of the
# same pages (the baseline), the same queries and rounds in one process. Prints a Markdown section; run-slides.sh puts
# it into bench/results/slides.md. Usage: bench/run-slides-search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/SlidesBench -c Release -v quiet -nologo >&2
read -r pages build_ms samples median p95 p99 scan_median scan_p95 scan_p99 \
  < <(dotnet bench/SlidesBench/bin/Release/net10.0/CourseFunctions.SlidesBench.dll search)
ratio() { printf %.0f "$(echo "$1 / $2" | bc -l)"; }
cat <<SECTION
Search over a course of $pages pages (40 decks x 50 pages), in memory as the API holds it, run on $(date -u +%Y-%m-%d)
($(nproc) cores, \`bench/run-slides-search.sh\`): 5 queries of 1 to 3 words, 200 rounds after 20 to warm up,
$samples timed queries each, top 20 hits with their snippets. Index build $build_ms ms. Baseline: a linear scan that
folds every page's words for each query and ranks pages by how often the terms occur (no snippets), run the same way
in the same process, each query on both in turn.

| Search | Median | 95th percentile | 99th percentile |
|---|---|---|---|
| The index (BM25) | $median ms | $p95 ms | $p99 ms |
| Linear scan (baseline) | $scan_median ms | $scan_p95 ms | $scan_p99 ms |
| Scan / index | $(ratio "$scan_median" "$median") x | $(ratio "$scan_p95" "$p95") x | $(ratio "$scan_p99" "$p99") x |

A search request adds one storage point read (about 1 ms on Azurite, see calendar.md) to check that the index is current.
SECTION
