#!/usr/bin/env python3
"""Summarise a ctest run from its log (BUILD/Testing/Temporary/LastTest.log): ctest counts one
entry per feature folder of tests/programs, but each folder holds many programs; this counts the
tests themselves, reading the `N passed, M failed` line that every test runner prints.

    test_summary.py [--title TEXT] [--totals FILE] LastTest.log

Prints one line per kind of test. With --totals FILE, adds this run's totals to the two numbers
in FILE ("passed failed", created if missing), for scripts/test.sh's closing line.
"""
import argparse
import os
import re
import sys

KINDS = [  # (ctest name pattern, what it is)
    (r'^programs/', 'programs translated and run against the interpreter'),
    (r'^errors$', 'golden error messages (tests/errors)'),
    (r'^cli$', 'rpy command line and environment (tests/cli)'),
    (r'^lib/', "rpy's rlib modules against the interpreter (tests/lib)"),
    (r'^runtime/', 'translated programs in a failing environment (tests/runtime)'),
    (r'^bench', 'rpy bench parity with hyperfine (tests/bench)'),
    (r'', 'unit tests (GoogleTest, tests/unit)'),
]
COUNTS = re.compile(r'^(\d+) passed, (\d+) failed(?:, (\d+) (?:skipped|hyperfine comparisons skipped))?')
KNOWN = re.compile(r'^(\d+) known failures')
# GoogleTest's summary, where one ctest entry runs a whole test binary (the sanitizer tree).
GTEST_PASSED = re.compile(r'^\[  PASSED  \] (\d+) tests?\.')
GTEST_FAILED = re.compile(r'^\[  FAILED  \] (\d+) tests?, listed below')


def parse(log):
    """[(ctest name, status, passed, failed, skipped, known)] from a LastTest.log."""
    tests = []
    name, counts, known, status = None, None, 0, None
    with open(log, errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            m = re.match(r'^\d+/\d+ Test: (.+)$', line)
            if m:
                name, counts, known, status = m.group(1), None, 0, None
                continue
            if name is None:
                continue
            m = COUNTS.match(line)
            if m:
                counts = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
                continue
            m = KNOWN.match(line)
            if m:
                known = int(m.group(1))
                continue
            m = GTEST_PASSED.match(line)
            if m:
                counts = (int(m.group(1)), counts[1] if counts else 0, 0)
                continue
            m = GTEST_FAILED.match(line)
            if m:
                counts = (counts[0] if counts else 0, int(m.group(1)), 0)
                continue
            if line.startswith('Test Passed.'):
                status = 'passed'
            elif line.startswith('Test Failed.') or line.startswith('Test Not Run.'):
                status = 'failed'
            elif line.startswith('Test Skipped.') or 'Skipped' in line and line.startswith('Test '):
                status = 'skipped'
            else:
                continue
            if counts is None:
                counts = {'passed': (1, 0, 0), 'failed': (0, 1, 0), 'skipped': (0, 0, 1)}[status]
            elif status == 'failed' and counts[1] == 0:
                counts = (counts[0], 1, counts[2])  # the runner itself failed (crashed, timed out)
            tests.append((name, status) + counts + (known,))
            name = None
    return tests


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('log')
    ap.add_argument('--title', default='')
    ap.add_argument('--totals', metavar='FILE')
    opts = ap.parse_args()
    if not os.path.exists(opts.log):
        print('test_summary.py: no ctest log at %s' % opts.log)
        return 1
    tests = parse(opts.log)
    rows = []
    total_p = total_f = 0
    for pattern, label in KINDS:
        mine = [t for t in tests if re.search(pattern, t[0])]
        tests = [t for t in tests if t not in mine]
        if not mine:
            continue
        p = sum(t[2] for t in mine)
        f = sum(t[3] for t in mine)
        s = sum(t[4] for t in mine)
        known = sum(t[5] for t in mine)
        text = '%d passed, %d failed' % (p, f)
        if s > known:
            text += ', %d skipped' % (s - known)
        if known:
            text += ', %d known failure%s (tests/programs/xfail.txt)' % (known, '' if known == 1 else 's')
        rows.append((label, text))
        total_p += p
        total_f += f
    if opts.title:
        print(opts.title)
    width = max((len(r[0]) for r in rows), default=0)
    for label, text in rows:
        print('  %s  %s' % (label.ljust(width), text))
    if opts.totals:
        old_p = old_f = 0
        if os.path.exists(opts.totals):
            with open(opts.totals) as f:
                words = f.read().split()
            if len(words) == 2:
                old_p, old_f = int(words[0]), int(words[1])
        with open(opts.totals, 'w') as f:
            f.write('%d %d\n' % (old_p + total_p, old_f + total_f))
    return 0


if __name__ == '__main__':
    sys.exit(main())
