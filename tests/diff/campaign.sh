#!/usr/bin/env bash
# A long differential-testing campaign: N generated programs per dialect from seed SEED, with
# every generator feature on (or FEATURES, see README.md), reproducers under OUT.
# Usage: [OPT=1,1,2] [CXX=c++,clang++] [BUNDLE=B] tests/diff/campaign.sh N [SEED] [JOBS] [FEATURES] [OUT]
# OPT and CXX: C++ optimisation levels and compilers that the bundles rotate over (README.md).
# Prints, per dialect: programs generated, translated, passed, differences (by kind), refusals
# (by rpy's message), invalid programs (a generator bug), time.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
n=${1:?usage: campaign.sh N [SEED] [JOBS] [FEATURES] [OUT]}
seed=${2:-1}
jobs=${3:-1}
features=${4:-all}
out=${5:-$here/out/campaign-$seed}
rpy=${RPY:-$here/../../build/rpy}
python2=${PYTHON2:-python2.7}
dialects=both
if ! PYENV_VERSION=2.7.18 $python2 -c 'pass' 2>/dev/null; then
  echo "no Python 2.7 ($python2): running the Python 3 dialect only"
  dialects=3
fi
exec nice -n 19 python3 "$here/difftest.py" run --dialect $dialects --seed "$seed" --count "$n" \
  --jobs "$jobs" --features "$features" --out "$out" --rpy "$rpy" --python2 "$python2" \
  --opt "${OPT:-2}" --cxx "${CXX:-}" --bundle "${BUNDLE:-40}"
