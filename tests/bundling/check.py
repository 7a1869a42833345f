#!/usr/bin/env python3
"""Bundles give every program test the result it has alone (docs/TESTING.md).

Runs tests/run_programs.py on tests/bundling/programs twice, with one binary per program
(--no-bundle) and in bundles of three, both times with a C++ compiler (failing_cxx.sh) that
refuses the code of programs/no_compile.py, and checks that every program's result line and
failure detail are the same both ways, that they are the results the programs are written to
give (some fail on purpose: refused by rpy, a wrong expectation, C++ that does not compile), and
that the bundled run compiled bundles and retried the one that did not compile program by program.

    check.py --rpy build/rpy [--cxx COMPILER] [--translate-arg=ARG]...

--cxx: the compiler rpy uses when $CXX is unset (the build's RPY_DEFAULT_CXX: a sanitizer tree's
runtime links only with its own compiler); $CXX wins when set, as in rpy.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(os.path.dirname(HERE), 'run_programs.py')
PROGRAMS = os.path.join(HERE, 'programs')
RESULT_RE = re.compile(r'^(PASS|FAIL|SKIP|XFAIL|XPASS) (\S+) [0-9.]+s(.*)$')
EXPECTED = {
    'argv_env.py': 'PASS', 'exit_status.py': 'PASS', 'plain.py': 'PASS', 'rpython_target.py': 'PASS',
    'stdin_lines.py': 'PASS', 'traceback_frames.py': 'PASS',
    'refused.py': 'FAIL', 'wrong_expectation.py': 'FAIL', 'no_compile.py': 'FAIL',
}


def run(rpy, cxx, extra):
    env = dict(os.environ)
    env['REAL_CXX'] = env.get('CXX') or cxx
    env['CXX'] = os.path.join(HERE, 'failing_cxx.sh')
    env.pop('RPY_TEST_NO_BUNDLE', None)
    r = subprocess.run([sys.executable, RUNNER, '--rpy', rpy, '--jobs', '2'] + extra + [PROGRAMS],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    text = r.stdout.decode('utf-8', 'replace')
    results, notes, current = {}, [], None
    for line in text.splitlines():
        m = RESULT_RE.match(line)
        if m:
            current = os.path.basename(m.group(2))
            results[current] = [m.group(1) + m.group(3)]
        elif line.startswith('    ') and current:
            # Scratch folders have random names.
            results[current].append(re.sub(r'/tmp/(rpy|tmp)[\w.-]*', '/tmp/SCRATCH', line))
        else:
            current = None
            if line.startswith('note:'):
                notes.append(line)
    return r.returncode, results, notes, text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--rpy', required=True)
    ap.add_argument('--cxx', default='c++')
    ap.add_argument('--translate-arg', action='append', default=[])
    opts = ap.parse_args()
    rpy = os.path.abspath(opts.rpy)
    extra = ['--translate-arg=' + a for a in opts.translate_arg]
    problems = []
    alone = run(rpy, opts.cxx, extra + ['--no-bundle'])
    bundled = run(rpy, opts.cxx, extra + ['--bundle-size', '3'])
    for label, (status, results, _, text) in (('--no-bundle', alone), ('bundles', bundled)):
        if status != 1:
            problems.append('%s: run_programs.py exited with %s, expected 1 (three programs fail on purpose)' % (label, status))
        got = {name: lines[0][:4] for name, lines in results.items()}
        if got != EXPECTED:
            # (indented: scripts/test_summary.py counts the lines `N passed, M failed` of a test's log)
            problems.append('%s: results %r, expected %r\n%s' % (label, got, EXPECTED, '\n'.join('  | ' + l for l in text.splitlines())))
    if alone[1] != bundled[1]:
        for name in sorted(set(alone[1]) | set(bundled[1])):
            if alone[1].get(name) != bundled[1].get(name):
                problems.append('%s differs:\n  alone:   %r\n  bundled: %r' % (name, alone[1].get(name), bundled[1].get(name)))
    notes = bundled[2]
    if not any('compiled' in n and 'as one bundle' in n for n in notes):
        problems.append('the bundled run compiled no bundle: %r' % notes)
    if not any('did not compile' in n and 'no_compile.py' in n for n in notes):
        problems.append('the bundle holding no_compile.py was not retried program by program: %r' % notes)
    if alone[2]:
        problems.append('--no-bundle printed bundle notes: %r' % alone[2])
    for p in problems:
        print('FAIL: ' + p)
    if not problems:
        print('PASS: %d programs, the same results alone and in bundles (%s)' % (len(alone[1]), '; '.join(notes)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
