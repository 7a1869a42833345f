#!/bin/sh
# Measures rpy bench's figures for docs/BENCH.md. Usage: measure.sh "RPY_BENCH_CMD" [ROUNDS]
# e.g. measure.sh "build/rpy bench" 10   or   measure.sh /tmp/rpybench 10
set -e
BENCH="$1"; ROUNDS="${2:-10}"
H=$(dirname "$0"); T=$(mktemp -d)
cc -O2 -o "$T/bare_loop" "$H/bare_loop.c"; cc -O2 -o "$T/alloc" "$H/alloc.c"
med() { python3 -c "import json,statistics,sys; print('%.2f' % (1e6*statistics.median(json.load(open(sys.argv[1]))['results'][0]['times'])))" "$1"; }
echo "== overhead: medians (µs) of 200 runs of /bin/true per round, interleaved"
echo "round bare rpy-bench hyperfine"
i=0
while [ $i -lt "$ROUNDS" ]; do
  b=$("$T/bare_loop" 200 /bin/true)
  $BENCH -N -r 200 --style none --no-env-check --export-json "$T/r.json" /bin/true; r=$(med "$T/r.json")
  h=-; if command -v hyperfine >/dev/null; then hyperfine -N -r 200 --style none --export-json "$T/h.json" /bin/true; h=$(med "$T/h.json"); fi
  echo "$i $b $r $h"; i=$((i+1))
done
echo "== startup (-N, one run of /bin/true, whole process), measured by rpy bench itself"
$BENCH -N -w 5 -r 100 --style basic --no-env-check "$BENCH -N -r 1 --style none --no-env-check /bin/true" "$BENCH -N -r 1 --style none /bin/true" | grep -E "Benchmark|Time"
echo "== peak memory: /usr/bin/time -v vs rpy bench (KiB)"
for m in 200 1; do /usr/bin/time -v "$T/alloc" $m 2>&1 | grep "Maximum resident" | sed "s/^/alloc $m: time -v /"; done
/usr/bin/time -v /bin/true 2>&1 | grep "Maximum resident" | sed "s/^/true: time -v /"
$BENCH -N -r 5 --style none --no-env-check --export-json "$T/m.json" "$T/alloc 200" "$T/alloc 1" /bin/true
python3 -c "import json,sys; [print(r['command'].split('/')[-1], 'rpy bench per run (KiB):', [m//1024 for m in r['memory_usage_byte']]) for r in json.load(open(sys.argv[1]))['results']]" "$T/m.json"
rm -rf "$T"
