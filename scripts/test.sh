#!/usr/bin/env bash
# Builds rpy and runs every test: unit tests, the program tests (python3 is the oracle), the
# golden diagnostics, the bench parity tests; then the toolchain and runtime again under
# AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" "$root/build"
cd "$root/build"
ctest -j "$(nproc)" --output-on-failure --timeout 3600

if [ "${RPY_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== ASan+UBSan build of the toolchain and the runtime"
  cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRPY_SANITIZE=ON >/dev/null
  cmake --build "$root/build-asan" -j "$(nproc)"
  cd "$root/build-asan"
  ASAN_OPTIONS=detect_leaks=0 ctest -j "$(nproc)" --output-on-failure --timeout 3600 -E "bench"
fi
