#!/usr/bin/env bash
# The second example interpreter (examples/stackvm, docs/JIT.md 15): translated with --opt=jit,
# each of its programs prints exactly its .expected output (Python 2's) with the JIT by default,
# off, through the blackhole interpreter, traced from the first merge point on, with bridges from
# every guard that fails, with traces abandoned early, and with only the pure and heap passes
# (the mode in which jit21's precise heap cache first showed the backend's t * t bug).
# Usage: check_stackvm.sh RPY [--run-every N] [TRANSLATE-ARG...] (tests/jit/share.sh: the sanitizer
# tree's share of the runs).
set -euo pipefail
rpy=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
vm=$root/examples/stackvm
translate_args=("${@:2}")
source "$root/tests/jit/share.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rpy-jit-stackvm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && "$rpy" translate --opt=jit "${translate_args[@]}" "$vm/stackvm.py" -o stackvm-c)
fail=0 m=0 skipped=0
for mode in "" off blackhole blackhole-step threshold=1 threshold=3,trace_limit=50 threshold=1,trace_eagerness=1 \
            threshold=1,enable_opts=pure:heap; do
  p=0
  for prog in "$vm"/*.svm; do
    in_share $m $((p++)) || { skipped=$((skipped + 1)); continue; }
    name=$(basename "$prog" .svm)
    if RPY_JIT=$mode "$tmp/stackvm-c" "$prog" > "$tmp/out" && cmp -s "$tmp/out" "$vm/$name.expected"; then
      echo "PASS $name with RPY_JIT=$mode"
    else
      echo "FAIL $name with RPY_JIT=$mode"
      fail=1
    fi
  done
  m=$((m + 1))
done
share_note $skipped
# a bad program: a clear message and a non-zero exit
printf 'push 1\nfrobnicate\n' > "$tmp/bad.svm"
if "$tmp/stackvm-c" "$tmp/bad.svm" 2> "$tmp/err"; then
  echo "FAIL bad.svm: exit status 0"
  fail=1
elif grep -q "unknown instruction: frobnicate" "$tmp/err"; then
  echo "PASS bad.svm"
else
  echo "FAIL bad.svm: $(cat "$tmp/err")"
  fail=1
fi
exit $fail
