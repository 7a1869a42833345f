#!/usr/bin/env python3
"""Golden tests of the JIT's logs (docs/JIT.md 10.1).

Usage: check_logs.py --rpy PATH [--update] DIR_OR_FILE...

For every NAME.py: `rpy translate --opt=jit NAME.py`, then the binary runs with
RPY_JIT=<the `# jit: SETTINGS` header line> and PYPYLOG=jit-log-noopt,jit-abort,jit-backend-counts:LOG (or
the sections of a `# pypylog: SECTIONS` header line, e.g. jit-log-opt for the optimizer's output); its stdout
must be what python3 prints, and LOG (timestamps masked) must equal NAME.log. --update rewrites the
.log goldens; review them with `git diff`.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('paths', nargs='+')
    ap.add_argument('--rpy', required=True)
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--translate-arg', action='append', default=[],
                    help='an extra argument of every rpy translate (repeatable), e.g. --jit-cxx-opt=0')
    opts = ap.parse_args()
    files = []
    for p in opts.paths:
        p = os.path.abspath(p)
        files += [os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith('.py')] if os.path.isdir(p) else [p]
    env = dict(os.environ)
    env['PYTHONPATH'] = os.path.join(REPO, 'lib')
    passed = failed = 0
    for path in files:
        d, f = os.path.split(path)
        settings = ''
        sections = 'jit-log-noopt,jit-abort,jit-backend-counts'
        for line in open(path):
            m = re.match(r'#\s*jit:\s*(\S+)', line)
            if m:
                settings = m.group(1)
            m = re.match(r'#\s*pypylog:\s*(\S+)', line)
            if m:
                sections = m.group(1)
        name = os.path.relpath(path)
        with tempfile.TemporaryDirectory(prefix='rpy-jit-log-') as tmp:
            exe = os.path.join(tmp, 'prog')
            log = os.path.join(tmp, 'log')
            r = subprocess.run([os.path.abspath(opts.rpy), 'translate', '--opt=jit'] + opts.translate_arg + [f, '-o', exe], cwd=d, capture_output=True,
                               env=env, timeout=120)
            if r.returncode != 0:
                print('FAIL %s: translation failed\n%s' % (name, r.stderr.decode()))
                failed += 1
                continue
            oracle = subprocess.run([sys.executable, f], cwd=d, capture_output=True, env=env, timeout=60).stdout
            run_env = dict(env, RPY_JIT=settings, PYPYLOG=sections + ':' + log)
            out = subprocess.run([exe], cwd=d, capture_output=True, env=run_env, timeout=60).stdout
            text = re.sub(r'^\[[0-9a-f]+\] ', '[...] ', open(log).read(), flags=re.M)
        golden = path[:-3] + '.log'
        if out != oracle:
            print('FAIL %s: stdout %r, python3 prints %r' % (name, out[:200], oracle[:200]))
            failed += 1
        elif opts.update:
            open(golden, 'w').write(text)
            print('PASS %s  (golden written)' % name)
            passed += 1
        elif os.path.exists(golden) and open(golden).read() == text:
            print('PASS %s' % name)
            passed += 1
        else:
            expected = open(golden).read() if os.path.exists(golden) else ''
            diff = difflib.unified_diff(expected.splitlines(True), text.splitlines(True), 'expected', 'actual', n=2)
            print('FAIL %s\n%s' % (name, ''.join(list(diff)[:80])))
            failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
