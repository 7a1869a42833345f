#!/usr/bin/env python3
"""Bad input to the rpy command itself: each case must give a clear message and a non-zero exit
status (2 for usage errors, 1 for everything else), never a crash or an internal-error text.

    python3 tests/cli/test_cli.py --rpy build/rpy
"""
import argparse
import os
import subprocess
import sys
import tempfile

GOOD = '''def entry_point(argv):
    print("hi")
    return 0

def target(*args):
    return entry_point, None
'''


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rpy', required=True)
    opts = ap.parse_args()
    rpy = os.path.abspath(opts.rpy)
    tmp = tempfile.mkdtemp(prefix='rpy-cli-')
    good = os.path.join(tmp, 'good.py')
    with open(good, 'w') as f:
        f.write(GOOD)
    bad_syntax = os.path.join(tmp, 'bad.py')
    with open(bad_syntax, 'w') as f:
        f.write('def f(:\n    pass\n')
    no_target = os.path.join(tmp, 'lib.py')
    with open(no_target, 'w') as f:
        f.write('def helper():\n    return 1\n')

    # (arguments, expected exit status, text the message must contain)
    cases = [
        ([], 2, 'usage: rpy'),
        (['frobnicate'], 2, "unknown command 'frobnicate'"),
        (['translate'], 2, 'file is required'),
        (['translate', '--bogus', good], 2, '--bogus'),
        (['translate', '--opt=7', good], 2, '--opt'),
        (['translate', os.path.join(tmp, 'missing.py')], 1, "cannot open"),
        (['translate', tmp], 1, 'is a directory'),
        (['translate', bad_syntax], 1, 'bad.py:1:7: error: invalid syntax'),
        (['translate', no_target], 1, 'no target() function'),
        (['translate', '-o', tmp, good], 1, "cannot write the executable to '%s': it is a directory" % tmp),
        (['translate', '-o', os.path.join(tmp, 'nodir', 'x'), good], 1, 'its directory does not exist'),
        (['bench'], 2, ''),
        (['bench', '--runs', 'many', 'true'], 1, 'Could not read numeric'),  # hyperfine's status for this
    ]
    failures = 0
    for args, status, text in cases:
        r = subprocess.run([rpy] + args, cwd=tmp, capture_output=True, text=True, timeout=120)
        out = r.stdout + r.stderr
        problems = []
        if r.returncode != status:
            problems.append('exit status %d, expected %d' % (r.returncode, status))
        if text not in out:
            problems.append('message lacks %r' % text)
        for bad in ('internal error', 'Traceback', 'terminate called', 'Segmentation', 'AddressSanitizer'):
            if bad in out:
                problems.append('output shows %r' % bad)
        name = 'rpy ' + ' '.join(a.replace(tmp, '$TMP') for a in args)
        if problems:
            failures += 1
            print('FAIL %s: %s\n    %s' % (name, '; '.join(problems), out.strip().replace('\n', '\n    ')))
        else:
            print('PASS %s' % name)
    # A good program still translates and runs after all that.
    r = subprocess.run([rpy, 'translate', good], cwd=tmp, capture_output=True, text=True, timeout=120)
    run = subprocess.run([os.path.join(tmp, 'good-c')], capture_output=True, text=True) if r.returncode == 0 else None
    if not run or run.stdout != 'hi\n' or run.returncode != 0:
        failures += 1
        print('FAIL translating good.py: %s' % (r.stderr.strip(),))
    else:
        print('PASS rpy translate good.py; ./good-c')
    print('%d passed, %d failed' % (len(cases) + 1 - failures, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
