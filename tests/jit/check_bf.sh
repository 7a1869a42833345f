#!/usr/bin/env bash
# The tutorial's BF interpreter (examples/bf/bf5.py) translated with --opt=jit runs the small
# programs of ../shared/data/bf with identical output with the JIT off, through the blackhole
# interpreter for whole portal runs, one iteration at a time, and traced (docs/JIT.md 8.2).
# Usage: check_bf.sh RPY [--run-every N] [TRANSLATE-ARG...] (tests/jit/share.sh: the sanitizer
# tree's share of the runs).   Exit 77 (skipped) when ../shared/data/bf is not there.
set -euo pipefail
rpy=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
data=${BF_DATA:-$root/../shared/data/bf}
[ -d "$data" ] || { echo "SKIP: no $data"; exit 77; }
translate_args=("${@:2}")
source "$root/tests/jit/share.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rpy-jit-bf.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && "$rpy" translate --opt=jit "${translate_args[@]}" "$root/examples/bf/bf5.py" -o bf5-c)
fail=0 m=0 skipped=0
for mode in off blackhole blackhole-step threshold=1 threshold=3,trace_limit=200 threshold=1,trace_eagerness=1; do
  p=0
  for prog in hello_world bottles factor; do
    in_share $m $((p++)) || { skipped=$((skipped + 1)); continue; }
    input=/dev/null
    [ -f "$data/$prog.input" ] && input=$data/$prog.input
    if RPY_JIT=$mode "$tmp/bf5-c" "$data/$prog.bf" < "$input" > "$tmp/out" && cmp -s "$tmp/out" "$data/$prog.expected"; then
      echo "PASS $prog with RPY_JIT=$mode"
    else
      echo "FAIL $prog with RPY_JIT=$mode"
      fail=1
    fi
  done
  m=$((m + 1))
done
share_note $skipped
exit $fail
