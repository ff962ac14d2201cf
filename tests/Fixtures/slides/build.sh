#!/usr/bin/env bash
# Rebuilds the Beamer test decks from their sources. Needs TeX Live (texlive-latex-base,
# texlive-latex-recommended, texlive-fonts-recommended) WITHOUT cm-super, so that the T1 deck gets Type 3
# bitmap fonts as on machines where cm-super is missing, and poppler-utils for the scanned page's picture.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Reproducible output: fixed dates and IDs, so an unchanged source gives identical bytes.
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
build() { pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$work" "$1.tex" >"$work/$1.console" || { cat "$work/$1.console"; exit 1; }; }
build scanned-line
pdftoppm -png -r 100 -singlefile "$work/scanned-line.pdf" scanned-line
for deck in ligatures-t1 accents-ot1 overlays scanned; do
  build "$deck"
  build "$deck" # beamer's navigation needs a second run
  cp "$work/$deck.pdf" "$deck.pdf"
done
ls -l ./*.pdf
