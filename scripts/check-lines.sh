#!/usr/bin/env bash
# Lists the C# lines in src/ and tests/ over .editorconfig's max_line_length (160) as file:line: length.
# Exits 1 when there are any. The test LineLengthTests holds the files that had long lines to their count.
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(find src tests -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 \
  | xargs -0 awk 'length > 160 { printf "%s:%d: %d characters\n", FILENAME, FNR, length }')
[ -z "$found" ] && { echo "no line over 160 characters"; exit 0; }
echo "$found"
exit 1
