#!/usr/bin/env bash
# Fuzzes rpy's front end: the lexer, the parser, the import-time evaluator, type inference and the
# checks of code generation get random and mutated programs (seeded with every test program) for
# a bounded time, built with clang's libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
# A crash, a sanitizer report, an escaped exception or an input running longer than 20 s fails
# it; the input is kept in BUILD/crashes/ to reproduce with `BUILD/rpy_fuzz FILE`.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 90; build in build-fuzz/, corpus in build-fuzz/corpus/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-90}
build=${RPY_FUZZ_BUILD:-$root/build-fuzz}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is not installed (Debian: apt-get install clang libclang-rt-dev)" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DRPY_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target rpy_fuzz

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

echo "== fuzzing rpy's front end for $seconds s ($n seed programs)"
log="$build/fuzz.log"
status=0
ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:max_allocation_size_mb=1024 \
UBSAN_OPTIONS=print_stacktrace=1 \
  "$build/rpy_fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
  -close_fd_mask=3 -dict="$root/tests/fuzz/python.dict" -artifact_prefix="$build/crashes/" \
  -print_final_stats=1 "$build/corpus" "$seeds" >"$log" 2>&1 || status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
if [ "$status" = 0 ]; then
  echo "fuzz: ${runs:-?} programs in $seconds s: no crash, no hang, no sanitizer report"
else
  echo "fuzz: FAILED after ${runs:-?} programs (libFuzzer exit status $status):"
  grep -E 'ERROR|SUMMARY|deadly signal|timeout|Test unit written|==[0-9]+==' "$log" | head -20 || true
  echo "fuzz: whole log: $log; reproduce with: $build/rpy_fuzz FILE"
fi
exit "$status"
