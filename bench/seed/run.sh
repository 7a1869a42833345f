#!/usr/bin/env bash
# bench/seed/run.sh: the seed article's experiment, reproduced with rpy.
#
# Translates the seed's python_prime.py (unchanged) with rpy, compiles the
# hand-written C++ equivalent (prime.cpp), checks that every program prints the
# same bytes, then times side by side, in one run, for N = 10000 and 30000:
#   rpy       ./python_prime-c N
#   cpp       ./prime-cpp N                      (the reference)
#   cpython   /usr/bin/python3 python_prime3.py N  (Debian's CPython)
#   pypy3     pypy3 python_prime3.py N
# and prints the ratios to the C++ reference, with the machine's load while timing.
# The exit status says whether every program ran and printed the same bytes: 0 yes, 1 no
# (2: bad usage). Timings are results to read, never a reason to fail: on a busy machine they
# are slower and noisier. (rpy aims for 1.05x the C++ or better at N=30000, a translation
# under 3 s of wall time, and rpy's own stages under 50 ms.)
#
# Usage: bench/seed/run.sh [--no-rpy] [-- HYPERFINE-OPTIONS...]
#   --no-rpy           time only the C++ and interpreter sides (before rpy exists)
#   HYPERFINE-OPTIONS  replace the default "--warmup 1" (e.g. -- --warmup 3 --runs 20)
# Environment: RPY (default ./build/rpy), CXX (default c++), PYTHON3
# (default /usr/bin/python3), PYPY3 (default pypy3 on PATH), SEED (the seed
# program, default ../shared/examples/python_prime.py beside the repository),
# OUT (work directory, default a new one under $TMPDIR or /tmp).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

use_rpy=1
hyperfine_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-rpy) use_rpy=0; shift ;;
        --) shift; hyperfine_args=("$@"); break ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

# rpy: $RPY, else ./build/rpy from the current directory, else from the repository.
RPY=${RPY:-./build/rpy}
if [ ! -x "$RPY" ] && [ -x "$root/build/rpy" ] && [ "$RPY" = ./build/rpy ]; then
    RPY=$root/build/rpy
fi
case "$RPY" in /*) ;; */*) RPY=$(cd "$(dirname "$RPY")" && pwd)/$(basename "$RPY") ;; esac
if [ $use_rpy = 1 ] && ! command -v "$RPY" >/dev/null; then
    echo "run.sh: no rpy executable at $RPY (set RPY=..., or pass --no-rpy to time the rest)" >&2
    exit 2
fi
CXX=${CXX:-c++}
PYTHON3=${PYTHON3:-/usr/bin/python3}
PYPY3=${PYPY3:-$(command -v pypy3 || true)}
SEED=${SEED:-$root/../shared/examples/python_prime.py}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/rpy-bench-seed.XXXXXX")}
mkdir -p "$OUT/results"
OUT=$(cd "$OUT" && pwd)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== work directory: $OUT"
cp "$SEED" "$OUT/python_prime.py"
cp "$here/python_prime3.py" "$here/prime.cpp" "$OUT/"
cd "$OUT"

# --- translate with rpy --------------------------------------------------------
if [ $use_rpy = 1 ]; then
    timings=()
    if "$RPY" translate --help 2>&1 | grep -q -- '--timings'; then
        timings=(--timings)
    fi
    echo "== $RPY translate --batch ${timings[*]} python_prime.py"
    t0=$(now_ms)
    "$RPY" translate --batch "${timings[@]}" python_prime.py
    t1=$(now_ms)
    echo "translation: $((t1 - t0)) ms of wall time (rpy's own stages and the C++ compiler)"
    [ -x ./python_prime-c ] || { echo "run.sh: rpy did not write ./python_prime-c" >&2; exit 1; }
fi

# --- compile the C++ reference -------------------------------------------------
echo "== $CXX -O2 -o prime-cpp prime.cpp"
t0=$(now_ms)
"$CXX" -O2 -o prime-cpp prime.cpp
t1=$(now_ms)
echo "C++ compile: $((t1 - t0)) ms"

# --- the commands, by name -----------------------------------------------------
names=()
commands=()
add() { names+=("$1"); commands+=("$2"); }
commands_for() {        # commands_for N: fill names/commands for argument N
    names=(); commands=()
    if [ $use_rpy = 1 ]; then add rpy "./python_prime-c $1"; fi
    add cpp "./prime-cpp $1"
    add cpython "$PYTHON3 python_prime3.py $1"
    if [ -n "$PYPY3" ]; then add pypy3 "$PYPY3 python_prime3.py $1"; fi
}
if [ -z "$PYPY3" ]; then echo "note: no pypy3 found, leaving it out"; fi

# --- check that every program prints the same bytes --------------------------
status=0
for n in 10000 30000; do
    commands_for $n
    ./prime-cpp $n > "expected-$n.out"
    for i in "${!names[@]}"; do
        # shellcheck disable=SC2086
        ${commands[$i]} > "${names[$i]}-$n.out" || { echo "FAIL: ${commands[$i]} exited with $?"; status=1; }
        if cmp -s "expected-$n.out" "${names[$i]}-$n.out"; then
            echo "output ok: ${commands[$i]}"
        else
            echo "OUTPUT DIFFERS: ${commands[$i]} (see $OUT/${names[$i]}-$n.out)"; status=1
        fi
    done
done
[ $status = 0 ] || { echo "run.sh: outputs differ, not timing" >&2; exit 1; }

# --- time side by side ---------------------------------------------------------
if "$RPY" bench --help >/dev/null 2>&1; then
    bench=("$RPY" bench)
else
    bench=(hyperfine)
fi
# options after -- replace the default "--warmup 1"
main_args=(--warmup 1)
if [ ${#hyperfine_args[@]} -gt 0 ]; then main_args=("${hyperfine_args[@]}"); fi
for n in 10000 30000; do
    commands_for $n
    args=()
    for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
    echo "== ${bench[*]}: N=$n"
    "${bench[@]}" -N --export-json "results/seed-$n.json" "${main_args[@]}" "${args[@]}"
done

# --- report ----------------------------------------------------------------------
# The machine's load while timing (other processes make every time slower and noisier).
read -r load1 _ </proc/loadavg || load1=unknown
cpus=$(nproc)
echo
for n in 10000 30000; do
    python3 "$root/bench/report.py" --title "python_prime N=$n (ratio to the hand-written C++)" \
        --ref cpp "results/seed-$n.json"
    echo
done
if [ $use_rpy = 1 ]; then
    ratio=$(python3 -c '
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print("%.2f" % (r["rpy"] / r["cpp"]))' results/seed-30000.json 2>/dev/null || echo "?")
    echo "rpy's python_prime-c takes ${ratio}x the time of the hand-written C++ at N=30000 (rpy aims for 1.05x or better)."
fi
echo "All programs printed the same output. Machine load while timing: $load1 (1-minute average) on $cpus CPUs."
if awk -v l="$load1" -v c="$cpus" 'BEGIN { exit !(l + 0 > c / 2) }'; then
    echo "note: the machine was busy; timings taken now are slower and noisier than on an idle machine."
fi
echo "results: $OUT/results"
exit 0
