#!/usr/bin/env bash
# The census of docs/GC.md ("What --gc=gen still refuses"): every program of tests/programs/*/
# translated with --gc=gen up to codegen (--python=2 for `# python2` programs, as
# tests/run_programs.py does), each program's first error counted by its message.
# Usage: scripts/gc_gen_census.sh RPY PROGRAMS_DIR OUTDIR   (writes OUTDIR/per_program.txt, prints the counts)
set -u
rpy=$(realpath "$1"); dir=$(realpath "$2"); out=$(realpath -m "$3")  # rpy runs in each program's folder: absolute paths
mkdir -p "$out"; : > "$out/per_program.txt"
acc=0; ref=0
for py in "$dir"/*/*.py; do
  rel=${py#$dir/}
  opt=; head -3 "$py" | grep -q '# python2' && opt=--python=2
  if msg=$(cd "$(dirname "$py")" && timeout 60 "$rpy" translate --gc=gen $opt --stop-after codegen "$py" -o "$out/translated" 2>&1); then
    acc=$((acc + 1)); echo "ok $rel" >> "$out/per_program.txt"
  else
    ref=$((ref + 1))
    first=$(echo "$msg" | grep -m1 'error:' | sed 's/^[^ ]* error: //')
    [ -z "$first" ] && first="(no error line) $(echo "$msg" | head -1)"
    echo "refused $rel: $first" >> "$out/per_program.txt"
  fi
done
echo "$acc accepted, $ref refused of $((acc + ref))"
grep '^refused' "$out/per_program.txt" | sed 's/^refused [^:]*: //' |
  sed -e 's/--gc=gen does not support //' -e 's/ yet; use the default --gc=boehm//' | sort | uniq -c | sort -rn
