#!/usr/bin/env bash
# bench/bf/run.sh: the Brainfuck benchmark of issue 4.
#
# Translates the five steps of examples/bf with rpy (timing each translation),
# compiles the hand-written C++ interpreter bf.cpp (the reference), checks that
# every step prints exactly the .expected output of every program in the BF
# data directory, then times side by side, in one run:
#   mandelbrot.b  rpy-bf5 (./bf5-c) and cpp (./bf-cpp), RUNS runs each
#                 (bar: rpy-bf5 within 1.15x of cpp), then pypy3 bf1.py once;
#                 CPython bf1.py only with --cpython-mandelbrot (one run: it
#                 takes the better part of an hour);
#   factor.bf     factorising 300007 (about 0.1 s in C++), where CPython's
#                 time is measurable: cpp, rpy-bf5, pypy3 bf1.py and
#                 /usr/bin/python3 bf1.py, 3 runs each.
# and prints the ratios to the C++ reference.
#
# Usage: bench/bf/run.sh [--no-rpy] [--cpython-mandelbrot] [--check-all] [-- HYPERFINE-OPTIONS...]
#   --no-rpy     time only the C++ and interpreter sides (before rpy exists)
#   --check-all  also check steps 1-4 on mandelbrot.b (about 10 s each)
#   HYPERFINE-OPTIONS replace "--runs $RUNS" for the mandelbrot comparison
# Environment: RPY (default ./build/rpy), CXX (default c++), PYTHON3 (default
# /usr/bin/python3), PYPY3 (default pypy3 on PATH), BF_DATA (default
# ../shared/data/bf beside the repository), RUNS (mandelbrot runs, default 5),
# OUT (work directory, default a new one under $TMPDIR or /tmp).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

use_rpy=1
cpython_mandelbrot=0
check_all=0
hyperfine_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-rpy) use_rpy=0; shift ;;
        --cpython-mandelbrot) cpython_mandelbrot=1; shift ;;
        --check-all) check_all=1; shift ;;
        --) shift; hyperfine_args=("$@"); break ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

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
BF_DATA=${BF_DATA:-$root/../shared/data/bf}
RUNS=${RUNS:-5}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/rpy-bench-bf.XXXXXX")}
mkdir -p "$OUT/results"
OUT=$(cd "$OUT" && pwd)
BF_DATA=$(cd "$BF_DATA" && pwd)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== work directory: $OUT"
cp "$root"/examples/bf/bf[1-5].py "$here/bf.cpp" "$OUT/"
cp "$BF_DATA"/*.b "$BF_DATA"/*.bf "$BF_DATA"/*.expected "$BF_DATA"/*.input "$OUT/"
echo 300007 > "$OUT/factor-300007.input"
cd "$OUT"

# --- translate the five steps with rpy ----------------------------------------
steps=()
if [ $use_rpy = 1 ]; then
    timings=()
    if "$RPY" translate --help 2>&1 | grep -q -- '--timings'; then
        timings=(--timings)
    fi
    for s in 1 2 3 4 5; do
        echo "== $RPY translate --batch ${timings[*]} bf$s.py"
        t0=$(now_ms)
        "$RPY" translate --batch "${timings[@]}" "bf$s.py"
        t1=$(now_ms)
        bar=""
        if [ $s = 2 ]; then bar=" (bar: under 3000 ms)"; fi
        echo "translation wall time of bf$s.py: $((t1 - t0)) ms$bar"
        [ -x "./bf$s-c" ] || { echo "run.sh: rpy did not write ./bf$s-c" >&2; exit 1; }
        steps+=("$s")
    done
fi

# --- compile the C++ reference -------------------------------------------------
echo "== $CXX -O2 -o bf-cpp bf.cpp"
t0=$(now_ms)
"$CXX" -O2 -o bf-cpp bf.cpp
t1=$(now_ms)
echo "C++ compile: $((t1 - t0)) ms"

# --- check outputs -------------------------------------------------------------
status=0
check() {           # check NAME EXPECTED INPUT COMMAND...
    local name=$1 expected=$2 input=$3
    shift 3
    if "$@" < "$input" > "check.out" && cmp -s check.out "$expected"; then
        echo "output ok: $name"
    else
        cp check.out "$name.out"
        echo "OUTPUT DIFFERS: $name (see $OUT/$name.out)"
        status=1
    fi
}
input_of() { if [ -f "$1.input" ]; then echo "$1.input"; else echo /dev/null; fi; }
for prog in hello_world bottles factor; do
    in=$(input_of $prog)
    check "cpp-$prog" $prog.expected "$in" ./bf-cpp $prog.bf
    for s in "${steps[@]}"; do
        check "bf$s-c-$prog" $prog.expected "$in" "./bf$s-c" $prog.bf
    done
    check "cpython-bf1-$prog" $prog.expected "$in" "$PYTHON3" bf1.py $prog.bf
    if [ -n "$PYPY3" ]; then check "pypy3-bf1-$prog" $prog.expected "$in" "$PYPY3" bf1.py $prog.bf; fi
done
check cpp-mandelbrot mandelbrot.expected /dev/null ./bf-cpp mandelbrot.b
for s in "${steps[@]}"; do
    if [ $s = 5 ] || [ $check_all = 1 ]; then
        check "bf$s-c-mandelbrot" mandelbrot.expected /dev/null "./bf$s-c" mandelbrot.b
    fi
done
# factor of 300007: every implementation must agree with the C++ one
./bf-cpp factor.bf < factor-300007.input > factor-300007.expected
if [ $use_rpy = 1 ]; then
    check bf5-c-factor-300007 factor-300007.expected factor-300007.input ./bf5-c factor.bf
fi
check cpython-bf1-factor-300007 factor-300007.expected factor-300007.input "$PYTHON3" bf1.py factor.bf
if [ -n "$PYPY3" ]; then
    check pypy3-bf1-factor-300007 factor-300007.expected factor-300007.input "$PYPY3" bf1.py factor.bf
fi
[ $status = 0 ] || { echo "run.sh: outputs differ, not timing" >&2; exit 1; }

# --- time side by side ---------------------------------------------------------
if "$RPY" bench --help >/dev/null 2>&1; then
    bench=("$RPY" bench)
else
    bench=(hyperfine)
fi
mandelbrot_files=(results/mandelbrot.json)

args=()
if [ $use_rpy = 1 ]; then args+=(-n rpy-bf5 "./bf5-c mandelbrot.b"); fi
args+=(-n cpp "./bf-cpp mandelbrot.b")
# options after -- replace the default number of runs
main_args=(--runs "$RUNS")
if [ ${#hyperfine_args[@]} -gt 0 ]; then main_args=("${hyperfine_args[@]}"); fi
echo "== ${bench[*]}: mandelbrot.b ${main_args[*]}"
"${bench[@]}" -N --export-json results/mandelbrot.json "${main_args[@]}" "${args[@]}"

if [ -n "$PYPY3" ]; then
    echo "== ${bench[*]}: mandelbrot.b under pypy3 bf1.py, 1 run"
    "${bench[@]}" -N --runs 1 --export-json results/mandelbrot-pypy3.json \
        -n "pypy3 bf1.py" "$PYPY3 bf1.py mandelbrot.b"
    mandelbrot_files+=(results/mandelbrot-pypy3.json)
fi
if [ $cpython_mandelbrot = 1 ]; then
    echo "== ${bench[*]}: mandelbrot.b under $PYTHON3 bf1.py, 1 run (this takes long)"
    "${bench[@]}" -N --runs 1 --export-json results/mandelbrot-cpython.json \
        -n "cpython bf1.py" "$PYTHON3 bf1.py mandelbrot.b"
    mandelbrot_files+=(results/mandelbrot-cpython.json)
fi

args=(-n cpp "./bf-cpp factor.bf < factor-300007.input")
if [ $use_rpy = 1 ]; then args+=(-n rpy-bf5 "./bf5-c factor.bf < factor-300007.input"); fi
if [ -n "$PYPY3" ]; then args+=(-n "pypy3 bf1.py" "$PYPY3 bf1.py factor.bf < factor-300007.input"); fi
args+=(-n "cpython bf1.py" "$PYTHON3 bf1.py factor.bf < factor-300007.input")
echo "== ${bench[*]}: factor.bf of 300007, 3 runs"
"${bench[@]}" --runs 3 --export-json results/factor.json "${args[@]}"

# --- report ----------------------------------------------------------------------
echo
bars=()
if [ $use_rpy = 1 ]; then bars=(--bar rpy-bf5=1.15); fi
report_status=0
python3 "$root/bench/report.py" --title "mandelbrot.b (ratio to the hand-written C++ interpreter)" \
    --ref cpp "${bars[@]}" "${mandelbrot_files[@]}" || report_status=1
if [ $cpython_mandelbrot = 0 ]; then
    echo "  (CPython left out on mandelbrot.b: it takes the better part of an hour; see factor.bf below,"
    echo "   or pass --cpython-mandelbrot)"
fi
echo
python3 "$root/bench/report.py" --title "factor.bf of 300007 (ratio to the hand-written C++ interpreter)" \
    --ref cpp results/factor.json || report_status=1
echo
echo "results: $OUT/results"
exit $report_status
