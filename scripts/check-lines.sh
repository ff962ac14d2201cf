#!/usr/bin/env bash
# Lists the C# lines in src/, tests/ and bench/ over .editorconfig's max_line_length (160 characters) as
# file:line: length, and exits 1 when there are any; Infra.Tests' LineLengthTests fails on them too.
# Characters, not bytes: in the UTF-8 locale grep's "." and bash's ${#text} count characters, so a line of CJK or
# accented text is measured as an editor shows it.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
found=$(find src tests bench -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 \
  | xargs -0 grep -H -n -E '^.{161,}' \
  | while IFS= read -r hit; do
      file=${hit%%:*}; rest=${hit#*:}; number=${rest%%:*}; text=${rest#*:}
      printf '%s:%s: %d characters\n' "$file" "$number" "${#text}"
    done || true)
[ -z "$found" ] && { echo "no line over 160 characters"; exit 0; }
echo "$found"
exit 1
