#!/usr/bin/env bash
# Words recovered from the real Beamer decks of tests/Fixtures/slides against their LaTeX sources: the reader at a
# baseline revision (before), the reader now, and poppler's pdftotext. Prints a Markdown table; run-slides.sh puts it
# into bench/results/slides.md. Usage: bench/run-slides-recall.sh [BASELINE_REVISION]
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:-7e13924}
command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixtures=tests/Fixtures/slides

# The reader of the baseline revision, built from that revision's files alone.
mkdir -p "$work/before"
git archive "$baseline" Directory.Build.props Directory.Packages.props src/PdfReader | tar -x -C "$work/before"
dotnet build "$work/before/src/PdfReader" -c Release -v quiet -nologo -o "$work/before/bin" >&2
dotnet build src/PdfReader -c Release -v quiet -nologo -o "$work/after/bin" >&2

text_of() { # reader-dir pdf: the text of every page, as the indexer stores it
  dotnet "$1/CourseFunctions.PdfReader.dll" "$2" 2000 | python3 -c 'import json,sys; [print(m["text"]) for m in map(json.loads, sys.stdin) if m.get("text")]'
}

echo "| Deck | Source words | Ours before ($baseline) | Ours now | pdftotext |"
echo "|---|---|---|---|---|"
declare -A totals
for deck in ligatures-t1 accents-ot1 overlays scanned; do
  sources=("$fixtures/$deck.tex")
  [ "$deck" = scanned ] && sources+=("$fixtures/scanned-line.tex")
  row="| $deck.pdf"
  for tool in before after pdftotext; do
    if [ "$tool" = pdftotext ]; then pdftotext "$fixtures/$deck.pdf" "$work/$deck.$tool.txt"
    else text_of "$work/$tool/bin" "$fixtures/$deck.pdf" > "$work/$deck.$tool.txt"; fi
    read -r count found missing < <(python3 bench/slides-recall.py "$work/$deck.$tool.txt" "${sources[@]}"; echo)
    [ "$tool" = before ] && row="$row | $count" && totals[source]=$(( ${totals[source]:-0} + count ))
    totals[$tool]=$(( ${totals[$tool]:-0} + found ))
    row="$row | $found${missing:+ (missing: $missing)}"
  done
  echo "$row |"
done
pct() { python3 -c "print(f'{100 * $1 / $2:.0f} %')"; }
echo "| all | ${totals[source]} | ${totals[before]} ($(pct "${totals[before]}" "${totals[source]}")) | ${totals[after]} ($(pct "${totals[after]}" "${totals[source]}")) | ${totals[pdftotext]} ($(pct "${totals[pdftotext]}" "${totals[source]}")) |"
