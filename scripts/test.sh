#!/usr/bin/env bash
# Builds rpy and runs every test: unit tests, the program tests (the interpreter is the oracle),
# the golden diagnostics, the command-line tests, the bench parity tests; then the toolchain and
# runtime again under AddressSanitizer + UndefinedBehaviorSanitizer; then fuzzes the front end for
# 90 s (scripts/fuzz.sh). Ends with what passed and failed, counting every program (ctest counts
# a folder of programs as one test), and the line `N passed, M failed`.
#
# Environment: RPY_SKIP_SANITIZERS=1 skips the ASan+UBSan build, RPY_FUZZ_SECONDS (default 90;
# 0 skips fuzzing).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" "$root/build" || exit 1
totals=$(mktemp)
summaries=$(mktemp)
trap 'rm -f "$totals" "$summaries"' EXIT
status=0

run_ctest() {  # run_ctest BUILD_DIR TITLE [ctest options]
  local dir=$1 title=$2
  shift 2
  (cd "$dir" && ctest -j "$(nproc)" --output-on-failure --timeout 3600 "$@") || status=1
  python3 "$root/scripts/test_summary.py" --title "$title" --totals "$totals" \
    "$dir/Testing/Temporary/LastTest.log" >>"$summaries"
}

start=$(date +%s)
run_ctest "$root/build" "Release build:"

if [ "${RPY_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== ASan+UBSan build of the toolchain and the runtime"
  if cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRPY_SANITIZE=ON >/dev/null &&
    cmake --build "$root/build-asan" -j "$(nproc)"; then
    ASAN_OPTIONS=detect_leaks=0 run_ctest "$root/build-asan" "ASan+UBSan build (the bench and differential tests are left out):" -E "bench|^diff/"
  else
    echo "ASan+UBSan build: the build failed" >>"$summaries"
    status=1
    read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
    echo "$p $((f + 1))" >"$totals"
  fi
fi

fuzz_seconds=${RPY_FUZZ_SECONDS:-90}
if [ "$fuzz_seconds" != 0 ]; then
  fuzz_out=$(mktemp)
  read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
  if "$root/scripts/fuzz.sh" "$fuzz_seconds" 2>&1 | tee "$fuzz_out"; then
    p=$((p + 1))
  else
    f=$((f + 1))
    status=1
  fi
  echo "$p $f" >"$totals"
  printf 'Fuzzing (scripts/fuzz.sh):\n  %s\n' "$(grep '^fuzz: ' "$fuzz_out" | tail -1)" >>"$summaries"
  rm -f "$fuzz_out"
fi

echo
echo "== Summary ($(( $(date +%s) - start )) s)"
cat "$summaries"
read -r p f <"$totals" 2>/dev/null || { p=0; f=0; }
echo "$p passed, $f failed"
exit $status
