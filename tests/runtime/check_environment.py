#!/usr/bin/env python3
"""Translated programs facing a failing environment, compared with what Python does there:
stdout on a full disk (/dev/full) or closed, and allocations that cannot succeed. Prints one
line per case and `N passed, M failed`; exit status 1 on any failure."""
import argparse
import os
import subprocess
import sys
import tempfile

PY2_PRINT = '''
def entry_point(argv):
    print "hello"
    return 0

def target(*args):
    return entry_point, None
'''
PY3_PRINT = '''
import sys
if __name__ == '__main__':
    print("hello")
'''
MEMORY = '''
def entry_point(argv):
    n = 10 ** 10 + len(argv)
    try:
        x = [0] * n
        print len(x)
    except MemoryError:
        print "MemoryError list"
    try:
        s = "ab" * (n * 100)
        print len(s)
    except MemoryError:
        print "MemoryError str"
    try:
        s = "ab" * (2 ** 62 + len(argv))
    except OverflowError as e:
        print "OverflowError", e
    y = [0, 1] * (2 ** 62 + len(argv))
    return 0

def target(*args):
    return entry_point, None
'''

# (name, source, how stdout is set up, expected exit status, expected stdout, last stderr line)
CASES = [
    ('py2 print to a full disk', PY2_PRINT, 'full', 1, b'', 'IOError: [Errno 28] No space left on device'),
    ('py2 print to a closed stdout', PY2_PRINT, 'closed', 1, None, 'IOError: [Errno 9] Bad file descriptor'),
    ('py3 print to a full disk', PY3_PRINT, 'full', 1, b'', 'OSError: [Errno 28] No space left on device'),
    ('py3 print to a closed stdout (sys.stdout is None)', PY3_PRINT, 'closed', 0, None, ''),
    ('memory errors', MEMORY, 'pipe', 1,
     b'MemoryError list\nMemoryError str\nOverflowError repeated string is too long\n', 'MemoryError'),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rpy', required=True)
    opts = ap.parse_args()
    opts.rpy = os.path.abspath(opts.rpy)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, src, how, status, out, err_last) in enumerate(CASES):
            path = os.path.join(tmp, 'p%d.py' % i)
            with open(path, 'w') as f:
                f.write(src)
            exe = os.path.join(tmp, 'p%d-c' % i)
            tr = subprocess.run([opts.rpy, 'translate', path, '-o', exe], capture_output=True, cwd=tmp)
            problems = []
            if tr.returncode != 0:
                problems.append('translation failed: ' + tr.stderr.decode()[-500:])
            else:
                if how == 'full':
                    with open('/dev/full', 'wb') as full:
                        r = subprocess.run([exe], stdout=full, stderr=subprocess.PIPE, timeout=60)
                    stdout = b''
                elif how == 'closed':
                    r = subprocess.run([exe], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60,
                                       preexec_fn=lambda: os.close(1))
                    stdout = None
                else:
                    r = subprocess.run([exe], capture_output=True, timeout=60)
                    stdout = r.stdout
                lines = [l for l in r.stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
                last = lines[-1] if lines else ''
                if r.returncode != status:
                    problems.append('exit status %s, expected %s' % (r.returncode, status))
                if out is not None and stdout != out:
                    problems.append('stdout %r, expected %r' % (stdout, out))
                if last != err_last:
                    problems.append('last stderr line %r, expected %r' % (last, err_last))
            if problems:
                failed += 1
                print('FAIL %s\n    %s' % (name, '\n    '.join(problems)))
            else:
                passed += 1
                print('PASS %s' % name)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
