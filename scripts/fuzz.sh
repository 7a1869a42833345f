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

# The time is shared by one worker per core (RPY_FUZZ_JOBS, default: every core), each fuzzing
# for its part of it: the same CPU time of fuzzing in a fraction of the wall time. Each worker
# replays its own part of the seeds (a share of the test programs, error programs and examples,
# below: each runs once, not once per worker) before it mutates; the corpus they grow is shared and kept
# between runs.
jobs=${RPY_FUZZ_JOBS:-$(nproc)}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1
each=$(((seconds + jobs - 1) / jobs))
mkdir -p "$build/corpus" "$build/crashes"
rm -rf "$build"/seeds "$build"/seeds-*
for ((w = 0; w < jobs; w++)); do mkdir -p "$build/seeds-$w"; done
# libFuzzer replays every seed before it mutates, whatever -max_total_time says, and a seed takes
# about 0.3 s under ASan at -O0: all of them (730) would take the budget several times over (CI's
# 40 s took 200 s of replay). So each run takes a share of the seeds (RPY_FUZZ_SEEDS, default one
# per second of fuzzing), every k-th in sorted order starting at the day of the year modulo k:
# the runs of successive days replay different shares.
all=()
while IFS= read -r -d '' f; do all+=("$f"); done < <(find "$root/tests/programs" "$root/tests/errors" "$root/examples" -name '*.py' -print0 | sort -z)
cap=${RPY_FUZZ_SEEDS:-$((each * jobs))}
[ "$cap" -ge 1 ] 2>/dev/null || cap=1
stride=$(((${#all[@]} + cap - 1) / cap))
[ "$stride" -ge 1 ] || stride=1
offset=$((10#$(date +%j) % stride))
n=0
for ((i = offset; i < ${#all[@]}; i += stride)); do
  cp "${all[$i]}" "$build/seeds-$((n % jobs))/$n.py"
  n=$((n + 1))
done

echo "== fuzzing rpy's front end for $seconds s: $jobs worker(s) x $each s ($n of ${#all[@]} seed programs, every ${stride}th from the ${offset}th, shared among them)"
log="$build/fuzz.log"
logs="$build/fuzz-logs"
rm -rf "$logs"
mkdir -p "$logs"
pids=()
for ((w = 0; w < jobs; w++)); do
  (cd "$logs" &&
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:max_allocation_size_mb=1024 \
    UBSAN_OPTIONS=print_stacktrace=1 \
    exec "$build/rpy_fuzz" -max_total_time="$each" -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
      -close_fd_mask=3 -dict="$root/tests/fuzz/python.dict" -artifact_prefix="$build/crashes/" \
      -print_final_stats=1 "$build/corpus" "$build/seeds-$w") >"$logs/fuzz-$w.log" 2>&1 &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=$?; done
cat "$logs"/fuzz-*.log >"$log"
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { if (NR) print n }')
if [ "$status" = 0 ]; then
  echo "fuzz: ${runs:-?} programs in $seconds s ($jobs x $each s): no crash, no hang, no sanitizer report"
else
  echo "fuzz: FAILED after ${runs:-?} programs (libFuzzer exit status $status):"
  grep -E 'ERROR|SUMMARY|deadly signal|timeout|Test unit written|==[0-9]+==' "$log" | head -20 || true
  echo "fuzz: whole log: $log; reproduce with: $build/rpy_fuzz FILE"
fi
exit "$status"
