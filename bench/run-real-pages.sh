#!/usr/bin/env bash
# Scores the importer on the real course pages of bench/real-pages/ (hand-counted facts; the pages themselves are read
# from a cache outside the repository) and rewrites the "Now" section of bench/results/real-pages.md.
#
#   bench/run-real-pages.sh                   score every page, write the results file
#   bench/run-real-pages.sh --page cs6120     only the pages whose "owner/name path" contains the text (no file written)
#   bench/run-real-pages.sh --page cs6120 --verbose   also print the sessions and warnings the importer read
#   bench/run-real-pages.sh --baseline        write the "When this work starts" section instead of "Now"
#
# REAL_PAGES_CACHE overrides the cache (default /work/real-pages-cache: owner+name/PATH, filled with git show COMMIT:PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${REAL_PAGES_CACHE:-/work/real-pages-cache}
label=now; title=Now; extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) label=baseline; title="When this work starts"; shift ;;
    --page) extra+=(--page "$2"); shift 2 ;;
    --verbose) extra+=(--verbose); shift ;;
    --today) extra+=(--today "$2"); shift 2 ;;
    *) echo "usage: $0 [--page TEXT] [--verbose] [--today yyyy-MM-dd] [--baseline]" >&2; exit 2 ;;
  esac
done
[ -d "$cache" ] || { echo "no page cache at $cache (set REAL_PAGES_CACHE)" >&2; exit 2; }
# The importer's version: the last commit that touched it, marked when the work tree changes it.
revision=$(git log -1 --format=%h -- src/Import src/Core)
git diff --quiet HEAD -- src/Import src/Core || revision="$revision+changes"
dotnet build bench/RealPagesBench -c Release -v quiet -nologo >&2
mkdir -p bench/results
dotnet bench/RealPagesBench/bin/Release/net10.0/CourseFunctions.RealPagesBench.dll \
  --manifest bench/real-pages/manifest.tsv --old-list bench/real-pages/old-list.tsv --cache "$cache" \
  --results bench/results/real-pages.md --label "$label" --title "$title" --revision "$revision" "${extra[@]}"
