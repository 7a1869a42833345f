#!/usr/bin/env python3
"""Golden tests of `rpy translate --dump-jitcode` (docs/JIT.md 6.8).

Usage: check_dumps.py --rpy PATH [--update] DIR_OR_FILE...

For every NAME.py given (or in a folder given), runs `rpy translate --dump-jitcode
--stop-after=codegen NAME.py` in its folder and compares stdout with NAME.jitcode beside it (a
unified diff on mismatch). --update rewrites the goldens instead; review them with `git diff`.
Prints one PASS/FAIL line per file, then `N passed, N failed`; exit status 1 on failures.
"""
import argparse
import difflib
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cases(paths):
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for f in sorted(os.listdir(p)):
                if f.endswith('.py'):
                    yield os.path.join(p, f)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('paths', nargs='+')
    ap.add_argument('--rpy', required=True)
    ap.add_argument('--update', action='store_true')
    opts = ap.parse_args()
    env = dict(os.environ)
    env['PYTHONPATH'] = os.path.join(REPO, 'lib')
    passed = failed = 0
    for path in cases(opts.paths):
        d, f = os.path.split(path)
        golden = path[:-3] + '.jitcode'
        r = subprocess.run([os.path.abspath(opts.rpy), 'translate', '--dump-jitcode', '--stop-after=codegen', f],
                           cwd=d, capture_output=True, env=env, timeout=120)
        out = r.stdout.decode('utf-8', 'replace')
        name = os.path.relpath(path)
        if r.returncode != 0:
            print('FAIL %s\n    rpy exited with %d:\n%s' % (name, r.returncode, r.stderr.decode('utf-8', 'replace')))
            failed += 1
            continue
        if opts.update:
            with open(golden, 'w') as g:
                g.write(out)
            print('PASS %s  (golden written)' % name)
            passed += 1
            continue
        expected = open(golden).read() if os.path.exists(golden) else ''
        if out == expected:
            print('PASS %s' % name)
            passed += 1
        else:
            diff = difflib.unified_diff(expected.splitlines(True), out.splitlines(True), 'expected', 'actual', n=2)
            print('FAIL %s\n%s' % (name, ''.join(list(diff)[:80])))
            failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
