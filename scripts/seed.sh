#!/usr/bin/env bash
# The main job: set up, build rpy, translate the seed article's python_prime.py and benchmark the
# result against CPython, PyPy3 and hand-written C++ (bench/seed/run.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" "$root/build"
RPY="$root/build/rpy" exec "$root/bench/seed/run.sh" "$@"
