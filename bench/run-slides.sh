#!/usr/bin/env bash
# Slide indexing and search benchmark. Writes bench/results/slides.md.
# Baseline: poppler's pdftotext (Debian poppler-utils) on the same PDFs, run the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null && command -v bc >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq poppler-utils time bc; }
dotnet build bench/SlidesBench -c Release -v quiet -nologo >&2
bench=bench/SlidesBench/bin/Release/net10.0/CourseFunctions.SlidesBench.dll
decks=$(mktemp -d)
trap 'rm -rf "$decks"' EXIT
dotnet "$bench" generate "$decks"

peak_kb() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }

# PdfPig through the indexer's reader, one process for all decks (as an instance would run).
/usr/bin/time -v -o "$decks/pdfpig.time" dotnet "$bench" extract "$decks" > "$decks/pdfpig.out"
read -r pages pdfpig_s < "$decks/pdfpig.out"
# pdftotext, one process per deck as it is used; timed as a whole.
start=$(date +%s.%N)
/usr/bin/time -v -o "$decks/poppler.time" bash -c 'for f in "$0"/*.pdf; do pdftotext "$f" /dev/null; done' "$decks"
poppler_s=$(echo "$(date +%s.%N) - $start" | bc)
search_section=$(bench/run-slides-search.sh)

# Memory per deck, as sizes grow: one process per deck, PdfPig and pdftotext alike.
memory_row() { # label file
  /usr/bin/time -v -o "$decks/one.time" dotnet "$bench" extract "$2" > /dev/null
  local pdfpig_kb; pdfpig_kb=$(peak_kb "$decks/one.time")
  /usr/bin/time -v -o "$decks/one.time" pdftotext "$2" /dev/null
  local poppler_kb; poppler_kb=$(peak_kb "$decks/one.time")
  echo "| $1 | $(numfmt --to=iec --suffix=B "$(stat -c %s "$2")") | $(( pdfpig_kb / 1024 )) MiB | $(( poppler_kb / 1024 )) MiB | $(printf %.1f "$(echo "$pdfpig_kb / $poppler_kb" | bc -l)") |"
}
memory_rows=$(memory_row "60 pages of text" "$decks/deck01.pdf"; memory_row "400 pages of text" "$decks/big400.pdf"; memory_row "120 scanned pages" "$decks/big/scanned100mb.pdf")

recall_table=$(bench/run-slides-recall.sh)

pdfpig_rate=$(echo "$pages / $pdfpig_s" | bc -l)
poppler_rate=$(echo "$pages / $poppler_s" | bc -l)
mkdir -p bench/results
cat > bench/results/slides.md <<RESULTS
# Slide indexing and search benchmark

Run on $(date -u +%Y-%m-%d) ($(nproc) cores), \`bench/run-slides.sh\`. The decks are generated with PdfPig:
20 decks of 60 pages and one of 400 pages, $pages pages in all. Baseline: poppler's \`pdftotext\` on the same files.

| Extractor | Pages/s | Ratio to pdftotext | Peak memory (RSS) | Ratio to pdftotext |
|---|---|---|---|---|
| PdfPig, as the indexer reads (one process, all decks, .NET start included) | $(printf %.0f "$pdfpig_rate") | $(printf %.2f "$(echo "$pdfpig_rate / $poppler_rate" | bc -l)") | $(( $(peak_kb "$decks/pdfpig.time") / 1024 )) MiB | $(printf %.1f "$(echo "$(peak_kb "$decks/pdfpig.time") / $(peak_kb "$decks/poppler.time")" | bc -l)") |
| pdftotext (one process per deck) | $(printf %.0f "$poppler_rate") | 1.00 | $(( $(peak_kb "$decks/poppler.time") / 1024 )) MiB | 1.0 |

Peak memory (RSS) of one process reading one deck, .NET runtime included: PdfPig reads a page at a
time, so memory follows the largest page rather than the file.

| Deck | File size | PdfPig | pdftotext | Ratio |
|---|---|---|---|---|
$memory_rows

## Search latency

$search_section

## Words recovered from real Beamer decks

The decks of \`tests/Fixtures/slides\`, built by pdfLaTeX and Beamer (\`build.sh\`): T1 without lmodern and
without cm-super (Type 3 bitmap fonts, no ToUnicode), Beamer's default OT1 fonts with accents, \`\\pause\`
overlays, a scanned page. A word is recovered when search (case and diacritics folded) can find it in the text the
indexer stores for the deck; distinct words of the LaTeX source, the scanned page's words included
(\`bench/run-slides-recall.sh\`).

$recall_table

Besides the counts: before, the first page of the overlay frame also held the 9 words of the two overlays still
hidden on it (Beamer draws them off the page), so a search for them opened a page where they are not shown; now
each page holds only what it shows, and the frame is one hit. No extractor here reads the scanned page's 4 words
(no OCR); the deck's material says \`pagesWithoutText: 1\`.
RESULTS
cat bench/results/slides.md
