#!/usr/bin/env bash
# Builds rpy and runs every test: unit tests, the program tests (the interpreter is the oracle),
# the golden diagnostics, the command-line tests, the bench parity tests; then the toolchain and
# runtime again under AddressSanitizer + UndefinedBehaviorSanitizer, built by clang++ in one tree
# with the libFuzzer target (scripts/sanitizer_build.sh); then fuzzes the front end for 40 s
# (scripts/fuzz.sh). Ends with each phase's wall and CPU time, what passed and failed, counting
# every program (ctest counts a folder of programs as one test), and the line `N passed, M failed`.
#
# Environment: RPY_SKIP_SANITIZERS=1 skips the ASan+UBSan tests, RPY_FUZZ_SECONDS (default 40;
# 0 skips fuzzing).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
totals=$(mktemp)
summaries=$(mktemp)
phases=$(mktemp)
clock=$(mktemp)
trap 'rm -f "$totals" "$summaries" "$phases" "$clock"' EXIT
status=0

# CPU time (user+sys, ms) of every child process this shell has waited for, from `times` (run
# in this shell: a subshell has children of its own).
children_cpu_ms() {
  tail -1 "$clock" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); t += a[1] * 60 + a[2] }
                            printf "%d\n", t * 1000 }'
}
phase_start() {
  phase_wall=$(date +%s%N)
  times >"$clock"
  phase_cpu=$(children_cpu_ms)
}
phase_end() {  # phase_end NAME: one line of the summary's timings
  times >"$clock"
  local wall=$((($(date +%s%N) - phase_wall) / 1000000)) cpu=$(($(children_cpu_ms) - phase_cpu))
  printf '  %-22s %4d s wall  %5d s CPU (user+sys)\n' "$1" $(((wall + 500) / 1000)) $(((cpu + 500) / 1000)) >>"$phases"
}
count_failure() {  # a phase that failed without a ctest log: one failure in the closing line
  read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
  echo "$p $((f + 1))" >"$totals"
  status=1
}

run_ctest() {  # run_ctest BUILD_DIR TITLE [ctest options]
  local dir=$1 title=$2
  shift 2
  (cd "$dir" && ctest -j "$(nproc)" --output-on-failure --timeout 3600 "$@") || status=1
  python3 "$root/scripts/test_summary.py" --title "$title" --totals "$totals" \
    "$dir/Testing/Temporary/LastTest.log" >>"$summaries"
}

start=$(date +%s)
phase_start
if ! "$root/scripts/setup.sh" "$root/build"; then
  phase_end "Release: build"
  echo "Release build: the build failed"
  exit 1
fi
phase_end "Release: build"

phase_start
run_ctest "$root/build" "Release build:"
phase_end "Release: tests"

if [ "${RPY_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== ASan+UBSan build (clang++) of the toolchain, the runtime and the fuzz target"
  phase_start
  "$root/scripts/sanitizer_build.sh" "$root/build-asan"
  built=$?
  phase_end "ASan+UBSan: build"
  if [ $built = 0 ]; then
    # Left out: the bench tests (timings), the differential batches (long; the Release tree runs
    # them), and the tests that never run rpy (tests/lib's modules and the oracles' self-check:
    # the Python interpreters against committed expectations), whose Release run is the same test.
    # Every program is translated by the sanitized rpy; a fixed third is compiled and run under the
    # sanitizers (docs/TESTING.md, "The sanitizer phase's share"): the program folders one program
    # in three by name (--run-every 3), gc_gen_stress one in three by sorted position in all its
    # configurations (jit/programs runs every program in every mode), jit/bf and jit/stackvm each JIT mode on one
    # of their three data programs. The Release tree compiles and runs everything.
    # malloc_context_size=0: ASan records no stack at each malloc and free (StackDepot::Put and
    # the unwinding were 7% of a sanitized rpy's profile): the translations run ~19% faster
    # (task-clock of 10 stdlib/ programs, five runs against three: 9.5 -> 7.6 s), and the programs
    # too. Every check stays; a report then shows where the bad access happened but not where the
    # memory was allocated or freed: rerun the failed test with ASAN_OPTIONS=detect_leaks=0 for that.
    phase_start
    ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 run_ctest "$root/build-asan" \
      "ASan+UBSan build (left out: bench, differential, the tests that never run rpy; every program translated, one in three compiled and run (gc_gen_stress: in each configuration; jit/programs: all, in every mode); bf/stackvm: each JIT mode on one data program in three):" \
      -E '^bench|^diff/|^lib/|^programs/oracles$'
    phase_end "ASan+UBSan: tests, 1/3"
  else
    echo "ASan+UBSan build: the build failed" >>"$summaries"
    count_failure
  fi
fi

fuzz_seconds=${RPY_FUZZ_SECONDS:-40}
if [ "$fuzz_seconds" != 0 ]; then
  fuzz_out=$(mktemp)
  phase_start
  if RPY_FUZZ_BUILD="$root/build-asan" "$root/scripts/fuzz.sh" "$fuzz_seconds" 2>&1 | tee "$fuzz_out"; then
    read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
    echo "$((p + 1)) $f" >"$totals"
  else
    count_failure
  fi
  phase_end "Fuzzing"
  printf 'Fuzzing (scripts/fuzz.sh):\n  %s\n' "$(grep '^fuzz: ' "$fuzz_out" | tail -1)" >>"$summaries"
  rm -f "$fuzz_out"
fi

echo
echo "== Summary ($(($(date +%s) - start)) s)"
echo "Time per phase (CPU: user+sys of every process; on an idle machine the wall time is about"
echo "the CPU time divided by the cores):"
cat "$phases"
cat "$summaries"
read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
echo "$p passed, $f failed"
exit $status
