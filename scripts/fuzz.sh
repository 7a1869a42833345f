#!/usr/bin/env bash
# Fuzzes rpy's front end: the lexer, the parser, the import-time evaluator, type inference and the
# checks of code generation get random and mutated programs (seeded with every test program) for
# a bounded time, built with clang's libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
# A crash, a sanitizer report, an escaped exception or an input running longer than 20 s fails
# it; the input is kept in BUILD/crashes/ to reproduce with `BUILD/rpy_fuzz FILE`.
#
# The target is built in the sanitizer tree (scripts/sanitizer_build.sh), the one scripts/test.sh
# tests under ASan+UBSan.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 90; build in build-asan/ or $RPY_FUZZ_BUILD, corpus in
# BUILD/corpus/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-90}
build=${RPY_FUZZ_BUILD:-$root/build-asan}

"$root/scripts/sanitizer_build.sh" "$build" rpy_fuzz

# Seeds: the test programs, error programs and examples (the corpus grows from them and is kept
# between runs).
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$build/corpus" "$build/crashes"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$seeds/$n.py"
done < <(find "$root/tests/programs" "$root/tests/errors" "$root/examples" -name '*.py' -print0)

# The time is shared by one worker per core (RPY_FUZZ_JOBS, default: every core), each fuzzing
# for its part of it: the same CPU time of fuzzing in a fraction of the wall time.
jobs=${RPY_FUZZ_JOBS:-$(nproc)}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1
each=$(((seconds + jobs - 1) / jobs))
echo "== fuzzing rpy's front end for $seconds s: $jobs worker(s) x $each s ($n seed programs)"
log="$build/fuzz.log"
logs="$build/fuzz-logs"
rm -rf "$logs"
mkdir -p "$logs"
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
status=0
(cd "$logs" &&
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:max_allocation_size_mb=1024 \
  UBSAN_OPTIONS=print_stacktrace=1 \
  "$build/rpy_fuzz" "${parallel[@]}" -max_total_time="$each" -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
    -close_fd_mask=3 -dict="$root/tests/fuzz/python.dict" -artifact_prefix="$build/crashes/" \
    -print_final_stats=1 "$build/corpus" "$seeds") >"$log" 2>&1 || status=$?
# (With workers, the parent copies each worker's log, BUILD/fuzz-logs/fuzz-N.log, into its own.)
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { if (NR) print n }')
if [ "$status" = 0 ]; then
  echo "fuzz: ${runs:-?} programs in $seconds s ($jobs x $each s): no crash, no hang, no sanitizer report"
else
  echo "fuzz: FAILED after ${runs:-?} programs (libFuzzer exit status $status):"
  grep -E 'ERROR|SUMMARY|deadly signal|timeout|Test unit written|==[0-9]+==' "$log" | head -20 || true
  echo "fuzz: whole log: $log; reproduce with: $build/rpy_fuzz FILE"
fi
exit "$status"
