#!/usr/bin/env bash
# Packs the command line as a .NET tool (artifacts/tool) and installs it, so that `coursefunctions import page.md`
# starts without `dotnet run` building first. Usage: scripts/install-cli.sh [TOOL_PATH]
# With TOOL_PATH (e.g. ~/.local/bin) it installs there; without, as a global tool (~/.dotnet/tools).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet pack src/Cli -c Release -o artifacts/tool -nologo -v quiet
if [ $# -gt 0 ]; then
  where=(--tool-path "$1")
else
  where=(--global)
fi
# update installs the tool when it is not there yet, and replaces an older build when it is.
dotnet tool update "${where[@]}" --add-source artifacts/tool CourseFunctions.Cli
