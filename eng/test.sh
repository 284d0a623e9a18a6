#!/usr/bin/env bash
# The README's test command: installs what is missing, checks formatting, builds with warnings as
# errors, runs every test project, and ends with one line "N passed, N failed, N skipped".
# Extra arguments are passed to `dotnet test` (e.g. --filter "FullyQualifiedName~Quantity").
set -uo pipefail
cd "$(dirname "$0")/.."

eng/install-deps.sh || exit 1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

fail() {
  echo "$1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

dotnet restore KubeSharp.slnx --nologo -v quiet || fail "restore failed"
dotnet format KubeSharp.slnx --verify-no-changes --no-restore || fail "dotnet format found files to fix: run 'dotnet format KubeSharp.slnx'"
dotnet build KubeSharp.slnx -c Release --no-restore --nologo -v quiet || fail "build failed"

dotnet test KubeSharp.slnx -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@"
test_exit=$?

eng/test-summary.sh "$results"
summary_exit=$?

if ((test_exit != 0 || summary_exit != 0)); then
  exit 1
fi
