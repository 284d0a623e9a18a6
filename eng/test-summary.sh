#!/usr/bin/env bash
# Sums the counters of every .trx file under a directory and prints "N passed, N failed, N skipped".
# Exits non-zero when a test failed or when no results were found at all.
set -euo pipefail
dir=${1:-artifacts/test-results}

passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(get total) executed=$(get executed) p=$(get passed) f=$(get failed) e=$(get error) t=$(get timeout) a=$(get aborted)
  passed=$((passed + ${p:-0}))
  run_failed=$((${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  # A test host that crashed or aborted leaves a failed run with no failed test in it: count the run.
  outcome=$(grep -o '<ResultSummary outcome="[A-Za-z]*"' "$trx" | head -n 1 | sed 's/.*="\(.*\)"/\1/')
  if ((run_failed == 0)) && [[ $outcome == Failed || $outcome == Aborted || $outcome == Error ]]; then
    echo "test run aborted: $trx" >&2
    run_failed=1
  fi
  failed=$((failed + run_failed))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done < <(find "$dir" -name '*.trx' -print0)

if ((files == 0)); then
  echo "no test results found in $dir" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0))
