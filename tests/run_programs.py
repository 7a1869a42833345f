#!/usr/bin/env python3
"""Run rpy's end-to-end program tests: translate each test program with rpy and compare what the
native binary does with what the Python interpreter (the oracle) does.

Usage
-----
    run_programs.py --rpy PATH_TO_RPY [--jobs N] [--update] [--keep] [--filter SUBSTR]
                    [--containing TEXT] [--translate-arg ARG]... [--run-with 'NAME=VALUE ...']...
                    [--no-bundle] [--bundle-size N] DIR_OR_FILE...
    run_programs.py --rpy PATH_TO_RPY --errors [--update] tests/errors
    run_programs.py --oracle-only [--python2 PATH] DIR_OR_FILE...

Program mode (the default)
--------------------------
For every test program:
  1. the expected results: `python3 NAME.py ARGS` (cwd = the program's folder, timeout 60 s), or,
     for `# python2` programs, the committed NAME.expected (stdout, exact bytes) and optional
     NAME.exitcode (default 0) and NAME.stderr (expected last stderr line, for `# check-stderr`);
  2. `rpy translate NAME.py -o TMPDIR/NAME-c` (cwd = the program's folder, timeout 120 s);
     a translation failure is a test failure showing rpy's stderr;
  3. the binary, run like the oracle (same cwd, args, stdin; timeout 60 s);
  4. compare stdout (exact bytes; a short unified diff on mismatch), the exit status, and, only
     for programs with the `# check-stderr` header, the last non-empty line of stderr.
--translate-arg ARG (repeatable) adds ARG to every `rpy translate` command (e.g. --opt=jit);
--run-with 'NAME=VALUE ...' (repeatable) runs each binary once per occurrence with those environment
variables added, each run compared with the expectation (e.g. RPY_JIT=blackhole);
--containing TEXT keeps only the programs whose source contains TEXT (e.g. JitDriver).
--run-every N compiles and runs one program in N (those whose name's CRC-32 is a multiple of N:
a fixed choice that does not move when programs are added) and only translates the others
(`rpy translate --stop-after codegen`: every stage of rpy, no C++ compile, no run, no oracle).
--pick-by position makes the choice the first program of every N in the run's sorted order
(exactly one in N of the programs selected; the choice shifts when programs are added).
The sanitizer tree uses it: each program still goes through the sanitized toolchain, while the
compile and run of a program under ASan+UBSan, 70% of its cost there, is shared out.
Bundles (docs/TESTING.md): by default the programs that are compiled are compiled in bundles of
--bundle-size (20): each program's C++ is written with `rpy translate --stop-after codegen
--bundle-name pN`, the bundle compiled once with `rpy translate --link-bundle`, and each program run
from it (a link TMPDIR/NAME-c, RPY_BUNDLE_PROGRAM=pN, which the bundle removes from the program's
environment): the same results, a third less CPU.  A bundle that does not compile falls back to
translating each of its programs alone.  --no-bundle (or RPY_TEST_NO_BUNDLE=1) turns this off.
Nothing is cached between runs.  One line per program (PASS/FAIL/SKIP name time), then exactly
the line `N passed, N failed` (plus `, N skipped` if any).  Exit status 1 if anything failed,
77 if everything was skipped (ctest's SKIP_RETURN_CODE), else 0.
--update (program mode) rewrites NAME.expected/NAME.exitcode of `# python2` programs from the
binary's results -- only for a lead who has checked them; review with `git diff`.

Which files are test programs (the layout convention)
-----------------------------------------------------
tests/programs/<feature>/<name>.py, one folder per feature.  Walking a directory:
  * a directory holding `main.py` or `*_main.py` files is a multi-module program folder: those
    files are the test entry points and everything else in it (helper modules, packages,
    subfolders put on PYTHONPATH) belongs to them; its subfolders are not searched for tests;
  * a directory holding `__init__.py` (a package) holds no tests;
  * otherwise every `*.py` file in it is a test, and its subfolders are searched the same way;
  * `__pycache__` and dot-folders are ignored.
A file given explicitly on the command line is always a test.

Header comments (the leading `#` lines of a program, any order)
---------------------------------------------------------------
  # args: 10 foo        command-line arguments (shlex-split) for both the oracle and the binary;
                        `{tmp}` is replaced by a fresh empty scratch folder (one per run side)
  # stdin-file: in.txt  a file beside the program fed to stdin (default: /dev/null)
  # python2             needs Python 2 syntax/semantics: not run under python3; the committed
                        NAME.expected / NAME.exitcode / NAME.stderr are the expectation
  # check-traceback     like check-stderr, and the traceback's frames (file, line, function) must
                        be the interpreter's, less its `<module>` frame
  # check-stderr        also compare the last non-empty stderr line (e.g. an uncaught exception's
                        `ValueError: ...` line)
  # pythonpath: d1 d2   folders (relative to the program's folder) put on PYTHONPATH for both
                        the oracle and rpy translate
  # stderr-ok           the program writes to stderr on purpose (--oracle-only accepts it)
  # same-stderr         the program writes to stderr on purpose, and all of it must be the
                        oracle's (python3's, or the committed NAME.stderr, complete)
  # py2-differs: WHY    Python 2.7 itself prints something else, on purpose (e.g. machine-word
                        wrapping, insertion-ordered dicts); --python2 self-checks skip the program
  # committed: WHY      the binary does something else than the interpreter on purpose (WHY, e.g. a
                        script's int overflow stops it, RPYTHON.md 5): the committed NAME.expected /
                        NAME.exitcode / NAME.stderr are the expectation, as for `# python2`
An RPython program (one defining target()) is Python 2.7 (RPYTHON.md section 5). Without a
`# python2` header python3 stands in as its oracle, which `--oracle-only --python2` verifies: there
python2 must print exactly what python3 prints, unless the program says `# py2-differs`.
Programs that import `rpython` or `rply` (`from rpython... import` / `import rpython...`) get
rpy's pure-Python `rpython` and `rply` packages (REPO/lib, or --rpython-lib DIR) on the oracle's
PYTHONPATH; while that package does not exist they are reported as SKIP, not as failures.

Errors mode (--errors DIR...)
-----------------------------
Each DIR/*.py is translated with `rpy translate NAME.py -o TMP/NAME-c` run in DIR (so paths in
messages are the bare file name); rpy must exit non-zero and its stderr must equal
DIR/NAME.expected exactly.  With --update the .expected goldens are (re)written instead; review
them with `git diff`.

Self-check (--oracle-only)
--------------------------
Runs only the oracle side of every program (no rpy needed) and reports programs whose oracle
run fails unexpectedly: a timeout; a SyntaxError/ImportError/NameError...; any traceback in a
program without `# check-stderr`; a `# check-stderr` program that does not end in an exception
line; a `# python2` program without NAME.expected.  With --python2 PATH, `# python2` programs are
also run by that Python 2.7 and compared with their committed expectations (except those marked
`# py2-differs`).
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS_ROOT = os.path.join(HERE, 'programs')

ORACLE_TIMEOUT = 60
TRANSLATE_TIMEOUT = 120
RUN_TIMEOUT = 60
MAIN_RE = re.compile(r'^(main|.*_main)\.py$')
TARGET_RE = re.compile(r'^(def\s+target\b|target\s*=)', re.M)
RPYTHON_IMPORT_RE = re.compile(r'^\s*(from\s+(rpython|rply)[\s.]|import\s+(rpython|rply)\b)', re.M)
BAD_ORACLE_ERRORS = ('SyntaxError', 'IndentationError', 'TabError', 'ImportError',
                     'ModuleNotFoundError', 'NameError', 'UnboundLocalError')

_print_lock = threading.Lock()


def say(line):
    with _print_lock:
        sys.stdout.write(line + '\n')
        sys.stdout.flush()


def find_python3():
    if os.path.exists('/usr/bin/python3'):
        return '/usr/bin/python3'
    return shutil.which('python3') or sys.executable


# ----------------------------------------------------------------------------------------------
# Discovery and headers

def discover(path):
    """The test programs under `path` (a file or a folder), sorted."""
    path = os.path.abspath(path)
    if os.path.isfile(path):
        return [path]
    found = []

    def walk(d):
        try:
            entries = sorted(os.listdir(d))
        except OSError:
            return
        files = [e for e in entries if e.endswith('.py') and os.path.isfile(os.path.join(d, e))]
        subdirs = [e for e in entries if os.path.isdir(os.path.join(d, e))
                   and not e.startswith('.') and e != '__pycache__']
        mains = [f for f in files if MAIN_RE.match(f)]
        if mains:
            found.extend(os.path.join(d, f) for f in mains)
            return
        if '__init__.py' in files:
            return
        found.extend(os.path.join(d, f) for f in files)
        for s in subdirs:
            walk(os.path.join(d, s))

    walk(path)
    return found


class Program:
    def __init__(self, path):
        self.path = path
        self.dir = os.path.dirname(path)
        self.file = os.path.basename(path)
        self.stem = self.file[:-3]
        if path.startswith(PROGRAMS_ROOT + os.sep):
            self.name = os.path.relpath(path, PROGRAMS_ROOT)
        else:
            self.name = os.path.relpath(path)
        with open(path, 'rb') as f:
            source = f.read().decode('utf-8', 'replace')
        self.args = []
        self.stdin_file = None
        self.python2 = False
        self.check_stderr = False
        self.check_traceback = False
        self.pythonpath = []
        self.py2_differs = None
        self.committed = None
        self.stderr_ok = False
        self.same_stderr = False
        for line in source.splitlines():
            s = line.strip()
            if not s:
                continue
            if not s.startswith('#'):
                break
            body = s[1:].strip()
            key, sep, value = body.partition(':')
            key = key.strip().lower()
            value = value.strip()
            if key == 'args' and sep:
                self.args = shlex.split(value)
            elif key == 'stdin-file' and sep:
                self.stdin_file = os.path.join(self.dir, value)
            elif key == 'python2' and not sep:
                self.python2 = True
            elif key == 'check-stderr' and not sep:
                self.check_stderr = True
            elif key == 'check-traceback' and not sep:
                self.check_stderr = True
                self.check_traceback = True
            elif key == 'pythonpath' and sep:
                self.pythonpath = [os.path.join(self.dir, p) for p in value.split()]
            elif key == 'py2-differs' and sep:
                self.py2_differs = value
            elif key == 'committed' and sep:
                self.committed = value
            elif key == 'stderr-ok' and not sep:
                self.stderr_ok = True
            elif key == 'same-stderr' and not sep:
                self.stderr_ok = True
                self.same_stderr = True
        self.needs_rpython = bool(RPYTHON_IMPORT_RE.search(source))
        # A module with target() is an RPython program, which is Python 2.7 (RPYTHON.md 5).
        self.rpython_program = bool(TARGET_RE.search(source))

    @property
    def expectation_committed(self):
        return self.python2 or self.committed is not None

    def sibling(self, ext):
        return os.path.join(self.dir, self.stem + ext)


class Outcome:
    def __init__(self, stdout=b'', stderr=b'', status=0, error=None):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.error = error   # a string when the process could not run properly (timeout...)


TB_FRAME_RE = re.compile(r'^\s*File "([^"]*)", line (\d+), in (\S+)')


def traceback_frames(data):
    """(file name, line, function) of each frame of a Python traceback, outermost first, without
    the interpreter's `<module>` frame (a translated program starts at entry_point)."""
    frames = []
    for l in data.decode('utf-8', 'replace').splitlines():
        m = TB_FRAME_RE.match(l)
        if m and m.group(3) != '<module>':
            frames.append((os.path.basename(m.group(1)), int(m.group(2)), m.group(3)))
    return frames


def last_line(data):
    lines = [l for l in data.decode('utf-8', 'replace').splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ''


def run_process(cmd, cwd, timeout, stdin_file=None, env=None):
    """Runs cmd in its own process group (so that a timeout also stops its children, e.g. the
    C++ compiler under rpy) and returns an Outcome."""
    stdin = open(stdin_file, 'rb') if stdin_file else subprocess.DEVNULL
    try:
        try:
            p = subprocess.Popen(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env, start_new_session=True)
        except OSError as e:
            return Outcome(b'', b'', None, 'cannot run %s: %s' % (cmd[0], e))
        try:
            out, err = p.communicate(timeout=timeout)
            return Outcome(out, err, p.returncode)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            out, err = p.communicate()
            return Outcome(out or b'', err or b'', None, 'timeout after %d s' % timeout)
    finally:
        if stdin_file:
            stdin.close()


def base_env(prog, extra_paths=()):
    env = dict(os.environ)
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONHASHSEED'] = '0'
    env['LC_ALL'] = 'C.UTF-8'
    paths = list(prog.pythonpath) + list(extra_paths)
    if paths:
        old = env.get('PYTHONPATH')
        env['PYTHONPATH'] = os.pathsep.join(paths + ([old] if old else []))
    return env


def expand_args(prog, scratch):
    return [a.replace('{tmp}', scratch) for a in prog.args]


# ----------------------------------------------------------------------------------------------
# The two sides

class Config:
    def __init__(self, opts):
        self.rpy = os.path.abspath(opts.rpy) if opts.rpy else None
        self.python3 = find_python3()
        self.python2 = opts.python2
        self.update = opts.update
        self.keep = opts.keep
        self.rpython_lib = os.path.abspath(opts.rpython_lib) if opts.rpython_lib else \
            os.path.join(REPO, 'lib')
        self.translate_args = list(getattr(opts, 'translate_arg', None) or [])
        self.run_every = max(1, getattr(opts, 'run_every', 1) or 1)
        self.picked = None   # --pick-by position: the names of the programs compiled and run
        self.run_with = []
        for spec in getattr(opts, 'run_with', None) or []:
            env = {}
            for item in shlex.split(spec):
                name, sep, value = item.partition('=')
                if not sep:
                    raise SystemExit('run_programs.py: --run-with wants NAME=VALUE items, got %r' % item)
                env[name] = value
            self.run_with.append((spec, env))

    def rpython_available(self):
        return os.path.isdir(os.path.join(self.rpython_lib, 'rpython'))


def read_expected(prog):
    """The committed expectation of a `# python2` or `# committed` program, or an error string."""
    exp = prog.sibling('.expected')
    if not os.path.exists(exp):
        return None, 'missing %s' % os.path.relpath(exp)
    with open(exp, 'rb') as f:
        stdout = f.read()
    status = 0
    if os.path.exists(prog.sibling('.exitcode')):
        with open(prog.sibling('.exitcode')) as f:
            status = int(f.read().strip())
    stderr = b''
    if os.path.exists(prog.sibling('.stderr')):
        with open(prog.sibling('.stderr'), 'rb') as f:
            stderr = f.read()
    return Outcome(stdout, stderr, status), None


def run_oracle(prog, cfg, interpreter=None):
    extra = [cfg.rpython_lib] if prog.needs_rpython else []
    scratch = tempfile.mkdtemp(prefix='rpy-oracle-')
    try:
        cmd = [interpreter or cfg.python3, prog.file] + expand_args(prog, scratch)
        return run_process(cmd, prog.dir, ORACLE_TIMEOUT, prog.stdin_file, base_env(prog, extra))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def compare(prog, expected, actual):
    """A list of failure descriptions (empty when the results agree)."""
    problems = []
    if actual.error:
        problems.append(actual.error)
    if expected.stdout != actual.stdout:
        exp = expected.stdout.decode('utf-8', 'replace').splitlines(True)
        act = actual.stdout.decode('utf-8', 'replace').splitlines(True)
        diff = list(difflib.unified_diff(exp, act, 'expected', 'actual', n=2))
        if not diff:   # differs only in bytes invisible after decoding
            diff = ['expected %r\n' % expected.stdout[:300], 'actual   %r\n' % actual.stdout[:300]]
        if len(diff) > 40:
            diff = diff[:40] + ['... (%d more diff lines)\n' % (len(diff) - 40)]
        problems.append('stdout differs:\n' + ''.join(
            l if l.endswith('\n') else l + '\n\\ No newline at end of file\n' for l in diff).rstrip('\n'))
    if actual.error is None and expected.status != actual.status:
        problems.append('exit status: expected %s, got %s' % (expected.status, actual.status))
    if prog.check_stderr:
        e, a = last_line(expected.stderr), last_line(actual.stderr)
        if e != a:
            problems.append('last stderr line: expected %r, got %r' % (e, a))
    if prog.same_stderr and expected.stderr != actual.stderr:
        problems.append('stderr differs: expected %r, got %r' % (expected.stderr[:300], actual.stderr[:300]))
    if prog.check_traceback and traceback_frames(expected.stderr) != traceback_frames(actual.stderr):
        problems.append('traceback frames: expected %r, got %r'
                        % (traceback_frames(expected.stderr), traceback_frames(actual.stderr)))
    if problems and actual.stderr and not prog.check_stderr and not prog.same_stderr:
        tail = actual.stderr.decode('utf-8', 'replace').rstrip().splitlines()[-8:]
        problems.append('binary stderr (tail):\n' + '\n'.join(tail))
    return problems


def indent(text):
    return '\n'.join('    ' + l for l in text.splitlines())


def runs_in_full(prog, cfg):
    """--run-every N: is this program compiled and run, or only translated?"""
    if cfg.run_every == 1:
        return True
    if cfg.picked is not None:
        return prog.name in cfg.picked
    return zlib.crc32(prog.name.replace(os.sep, '/').encode()) % cfg.run_every == 0


def translate_only(prog, cfg):
    """Every stage of rpy on the program, without the C++ compile (--run-every)."""
    tr = run_process([cfg.rpy, 'translate', '--stop-after', 'codegen'] + cfg.translate_args + [prog.file],
                     prog.dir, TRANSLATE_TIMEOUT, None, base_env(prog))
    if tr.error or tr.status != 0:
        return 'FAIL', translation_failure(tr, 'rpy exited with %s' % tr.status)
    return 'PASS', TRANSLATED_ONLY


def translation_failure(tr, why):
    """The detail of a failed `rpy translate`: why, and the first 30 lines of its stderr."""
    msg = tr.stderr.decode('utf-8', 'replace').rstrip().splitlines()
    if len(msg) > 30:
        msg = msg[:30] + ['... (%d more lines)' % (len(msg) - 30)]
    return 'translation failed (%s):\n%s' % (tr.error or why, '\n'.join(msg))


TRANSLATED_ONLY = 'translated only (--run-every)'


def expectation(prog, cfg):
    """(the expected Outcome, None), or (None, why the program fails before it is translated)."""
    if prog.expectation_committed:
        expected, err = read_expected(prog)
        if err and not cfg.update:
            return None, err
        return expected, None
    expected = run_oracle(prog, cfg)
    if expected.error:
        return None, 'oracle: ' + expected.error
    return expected, None


def run_binary(prog, cfg, exe, tmp, expected, extra_env=None):
    """Runs the translated program `exe` (once per --run-with; cwd, args and stdin as the oracle's)
    and compares each run with the expectation.  Returns (status, detail, keep)."""
    runs = cfg.run_with or [(None, {})]
    problems = []
    for label, run_env in runs:
        scratch = os.path.join(tmp, 'scratch')
        shutil.rmtree(scratch, ignore_errors=True)
        os.mkdir(scratch)
        env = base_env(prog)
        env.update(run_env)
        env.update(extra_env or {})
        actual = run_process([exe] + expand_args(prog, scratch), prog.dir, RUN_TIMEOUT,
                             prog.stdin_file, env)
        if prog.expectation_committed and cfg.update:
            break
        found = compare(prog, expected, actual)
        if found and label:
            found = ['with %s: %s' % (label, found[0])] + found[1:]
        problems.extend(found)
    if prog.expectation_committed and cfg.update:
        with open(prog.sibling('.expected'), 'wb') as f:
            f.write(actual.stdout)
        if actual.status:
            with open(prog.sibling('.exitcode'), 'w') as f:
                f.write('%d\n' % actual.status)
        elif os.path.exists(prog.sibling('.exitcode')):
            os.unlink(prog.sibling('.exitcode'))
        return 'PASS', 'expectation rewritten', False
    if problems:
        if cfg.keep:
            problems.append('kept: %s' % exe)
        return 'FAIL', '\n'.join(problems), cfg.keep
    return 'PASS', None, False


def run_program(prog, cfg):
    """Returns (status, detail) with status in PASS/FAIL/SKIP: the program alone, in a binary of its own."""
    if prog.needs_rpython and not cfg.rpython_available():
        return 'SKIP', 'no rpython package at %s' % cfg.rpython_lib
    if not runs_in_full(prog, cfg) and not cfg.update:
        return translate_only(prog, cfg)
    expected, err = expectation(prog, cfg)
    if err:
        return 'FAIL', err
    tmp = tempfile.mkdtemp(prefix='rpy-test-')
    keep = False
    try:
        exe = os.path.join(tmp, prog.stem + '-c')
        tr = run_process([cfg.rpy, 'translate'] + cfg.translate_args + [prog.file, '-o', exe], prog.dir,
                         TRANSLATE_TIMEOUT, None, base_env(prog))
        if tr.error or tr.status != 0 or not os.path.exists(exe):
            return 'FAIL', translation_failure(
                tr, 'rpy exited with %s' % tr.status if tr.status else 'no executable written')
        status, detail, keep = run_binary(prog, cfg, exe, tmp, expected)
        return status, detail
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def check_oracle(prog, cfg):
    """--oracle-only: is the oracle side of this program sane?"""
    if prog.needs_rpython and not cfg.rpython_available():
        return 'SKIP', 'no rpython package at %s' % cfg.rpython_lib
    if prog.expectation_committed:
        expected, err = read_expected(prog)
        if err:
            return 'FAIL', err
        if prog.check_stderr and not last_line(expected.stderr):
            return 'FAIL', 'check-stderr but no %s' % os.path.relpath(prog.sibling('.stderr'))
        if not prog.python2:
            return 'PASS', 'committed expectation (%s)' % prog.committed
        if not cfg.python2:
            return 'PASS', None
        if prog.py2_differs:
            return 'PASS', 'not compared with python2 (%s)' % prog.py2_differs
        actual = run_oracle(prog, cfg, cfg.python2)
        problems = compare(prog, expected, actual)
        if problems:
            problems.append('(python2 stderr tail:)\n' +
                            '\n'.join(actual.stderr.decode('utf-8', 'replace').splitlines()[-5:]))
            return 'FAIL', 'python2 disagrees with the committed expectation:\n' + '\n'.join(problems)
        return 'PASS', None
    out = run_oracle(prog, cfg)
    if out.error:
        return 'FAIL', out.error
    if cfg.python2 and prog.rpython_program and not prog.py2_differs:
        # python3 stands in as the oracle of an RPython (Python 2) program only where both agree.
        py2 = run_oracle(prog, cfg, cfg.python2)
        problems = compare(prog, out, py2)
        if problems:
            return 'FAIL', ('an RPython program (it defines target()) is Python 2.7, and python2 prints something else '
                            'than python3: give it a `# python2` header and python2\'s output as NAME.expected, or '
                            '`# py2-differs: WHY`:\n' + '\n'.join(problems))
    line = last_line(out.stderr)
    has_tb = b'Traceback (most recent call last)' in out.stderr
    err_name = line.split(':')[0].strip().split('.')[-1]
    if err_name in BAD_ORACLE_ERRORS:
        return 'FAIL', 'oracle failed: ' + line
    if prog.stderr_ok:
        return 'PASS', None
    if has_tb and not prog.check_stderr:
        return 'FAIL', 'uncaught exception without # check-stderr: ' + line
    if prog.check_stderr and not has_tb:
        return 'FAIL', '# check-stderr but no uncaught exception (status %s)' % out.status
    if out.stderr and not has_tb:
        return 'FAIL', 'unexpected stderr: ' + line
    return 'PASS', None


# ----------------------------------------------------------------------------------------------
# Bundles: the programs of a run compiled in groups, each group one C++ translation unit and one
# executable (rpy translate --bundle-name / --link-bundle, docs/TESTING.md)

BUNDLE_SIZE = 20
BUNDLE_PROGRAM_VAR = 'RPY_BUNDLE_PROGRAM'


def bundling_possible(cfg):
    """Whether rpy can bundle programs translated with these options (--gc=gen cannot yet)."""
    args = cfg.translate_args
    return not any(a == '--gc=gen' or (a == '--gc' and i + 1 < len(args) and args[i + 1] == 'gen')
                   for i, a in enumerate(args))


def split_evenly(items, size):
    """items in consecutive groups of at most `size`, the groups' sizes differing by one at most."""
    if not items:
        return []
    n = -(-len(items) // size)
    q, r = divmod(len(items), n)
    groups, at = [], 0
    for i in range(n):
        k = q + (1 if i < r else 0)
        groups.append(items[at:at + k])
        at += k
    return groups


class Bundle:
    """A group of programs: each one's C++ is DIR/pN.cpp, the executable DIR/bundle-c."""

    def __init__(self, progs):
        self.dir = tempfile.mkdtemp(prefix='rpy-bundle-')
        self.parts = [(prog, 'p%d' % i) for i, prog in enumerate(progs)]
        self.exe = os.path.join(self.dir, 'bundle-c')
        self.keep = False


def bundle_part(prog, part, bundle, cfg):
    """The oracle side of a bundled program and its C++ as the bundle's part `part`.  Returns
    (expected, None) when the part is written, else (None, (status, detail)): the program's result."""
    if prog.needs_rpython and not cfg.rpython_available():
        return None, ('SKIP', 'no rpython package at %s' % cfg.rpython_lib)
    expected, err = expectation(prog, cfg)
    if err:
        return None, ('FAIL', err)
    tr = run_process([cfg.rpy, 'translate', '--stop-after', 'codegen', '--source', bundle.dir, '--bundle-name', part]
                     + cfg.translate_args + [prog.file], prog.dir, TRANSLATE_TIMEOUT, None, base_env(prog))
    part_file = os.path.join(bundle.dir, part + '.cpp')
    if tr.error or tr.status != 0 or not os.path.exists(part_file):
        if os.path.exists(part_file):
            os.unlink(part_file)   # never compiled into the bundle
        return None, ('FAIL', translation_failure(
            tr, 'rpy exited with %s' % tr.status if tr.status else 'no C++ written'))
    return expected, None


def link_bundle(bundle, cfg, count):
    """Compiles the bundle's parts into one executable; returns None, or why it failed."""
    env = dict(os.environ)
    env['LC_ALL'] = 'C.UTF-8'
    r = run_process([cfg.rpy, 'translate', '--link-bundle', bundle.dir, '-o', bundle.exe] + cfg.translate_args,
                    bundle.dir, TRANSLATE_TIMEOUT + 15 * count, None, env)
    if r.error or r.status != 0 or not os.path.exists(bundle.exe):
        return r.error or 'rpy exited with %s' % r.status
    return None


def run_bundled_program(prog, part, bundle, cfg, expected):
    """Runs one program of a linked bundle exactly as its own binary would run: argv[0] is a link
    named PROGRAM-c in a fresh folder, and the dispatcher removes RPY_BUNDLE_PROGRAM from the
    environment before the program starts."""
    tmp = tempfile.mkdtemp(prefix='rpy-test-')
    keep = False
    try:
        exe = os.path.join(tmp, prog.stem + '-c')
        os.symlink(bundle.exe, exe)
        status, detail, keep = run_binary(prog, cfg, exe, tmp, expected, {BUNDLE_PROGRAM_VAR: part})
        if keep:
            bundle.keep = True
            detail += ' (a link to the bundle %s: run it with %s=%s)' % (bundle.exe, BUNDLE_PROGRAM_VAR, part)
        return status, detail
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def run_bundled(progs, cfg, jobs, size, record):
    """Program mode with bundles: record(name, status, detail, seconds) for every program."""
    lone, bundled = [], []
    for prog in progs:
        if not runs_in_full(prog, cfg) or (prog.needs_rpython and not cfg.rpython_available()):
            lone.append(prog)   # translated only, or skipped: no binary
        else:
            bundled.append(prog)
    bundles = [Bundle(group) for group in split_evenly(bundled, size)]

    def alone(prog):
        t0 = time.monotonic()
        try:
            status, detail = run_program(prog, cfg)
        except Exception as e:   # a bug in the runner must not hide the other results
            status, detail = 'FAIL', 'runner error: %r' % (e,)
        record(prog.name, status, detail, time.monotonic() - t0)

    def prepare(prog, part, bundle):
        t0 = time.monotonic()
        try:
            expected, result = bundle_part(prog, part, bundle, cfg)
        except Exception as e:
            expected, result = None, ('FAIL', 'runner error: %r' % (e,))
        dt = time.monotonic() - t0
        if result:
            record(prog.name, result[0], result[1], dt)
        return expected, dt

    def finish(bundle, prepared):
        try:
            ready = [(prog, part, exp, dt) for (prog, part), (exp, dt) in zip(bundle.parts, prepared) if exp]
            if not ready:
                return
            t0 = time.monotonic()
            why = link_bundle(bundle, cfg, len(ready))
            names = ' '.join(prog.name for prog, _, _, _ in ready)
            if why:
                # Which program does not compile must show: each is translated alone, as without bundles.
                say('note: the bundle of %s did not compile (%s): translating each alone' % (names, why))
                for prog, _, _, _ in ready:
                    alone(prog)
                return
            say('note: compiled %d programs as one bundle in %.2fs' % (len(ready), time.monotonic() - t0))
            for prog, part, expected, dt in ready:
                t1 = time.monotonic()
                try:
                    status, detail = run_bundled_program(prog, part, bundle, cfg, expected)
                except Exception as e:
                    status, detail = 'FAIL', 'runner error: %r' % (e,)
                record(prog.name, status, detail, dt + time.monotonic() - t1)
        finally:
            if not bundle.keep:
                shutil.rmtree(bundle.dir, ignore_errors=True)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        waits = [ex.submit(alone, prog) for prog in lone]
        parts = [[ex.submit(prepare, prog, part, b) for prog, part in b.parts] for b in bundles]
        for b, futures in zip(bundles, parts):
            waits.append(ex.submit(finish, b, [f.result() for f in futures]))
        for f in waits:
            f.result()


# ----------------------------------------------------------------------------------------------
# Errors mode

def run_error_case(path, cfg):
    d, f = os.path.dirname(path), os.path.basename(path)
    golden = path[:-3] + '.expected'
    tmp = tempfile.mkdtemp(prefix='rpy-err-')
    try:
        exe = os.path.join(tmp, f[:-3] + '-c')
        env = dict(os.environ)
        env['LC_ALL'] = 'C.UTF-8'
        r = run_process([cfg.rpy, 'translate'] + cfg.translate_args + [f, '-o', exe], d, TRANSLATE_TIMEOUT, None, env)
        if r.error:
            return 'FAIL', r.error
        if r.status == 0:
            return 'FAIL', 'rpy accepted the program (exit status 0); expected a translation error'
        if r.status < 0 or r.status >= 128:
            return 'FAIL', 'rpy crashed (status %s):\n%s' % (r.status, r.stderr.decode('utf-8', 'replace'))
        if cfg.update:
            old = open(golden, 'rb').read() if os.path.exists(golden) else None
            with open(golden, 'wb') as out:
                out.write(r.stderr)
            return 'PASS', 'unchanged' if old == r.stderr else 'golden written'
        if not os.path.exists(golden):
            return 'FAIL', 'no golden %s (generate with --update, review with git diff)' % os.path.relpath(golden)
        with open(golden, 'rb') as g:
            want = g.read()
        if want != r.stderr:
            diff = difflib.unified_diff(want.decode('utf-8', 'replace').splitlines(True),
                                        r.stderr.decode('utf-8', 'replace').splitlines(True),
                                        'expected', 'actual', n=2)
            return 'FAIL', 'stderr differs:\n' + ''.join(diff).rstrip('\n')
        return 'PASS', None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------

def load_xfail(path):
    """Known failures: {"folder/name.py": reason}. Blank lines and # comments are ignored."""
    out = {}
    if not path or not os.path.exists(path):
        return out
    with open(path) as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith('#'):
                continue
            name, _, reason = line.partition('#')
            out[name.strip()] = reason.strip() or 'not supported yet'
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('paths', nargs='+', metavar='DIR_OR_FILE')
    ap.add_argument('--rpy', help='the rpy executable')
    ap.add_argument('--jobs', '-j', type=int, default=2, help='parallel jobs (default 2)')
    ap.add_argument('--update', action='store_true',
                    help='errors mode: write the .expected goldens; program mode: rewrite the '
                         'expectations of # python2 programs from the binaries')
    ap.add_argument('--keep', action='store_true', help='keep the translated binaries of failures')
    ap.add_argument('--filter', action='append', default=[], metavar='SUBSTR',
                    help='only programs whose name contains SUBSTR (repeatable)')
    ap.add_argument('--errors', action='store_true', help='errors mode (golden diagnostics)')
    ap.add_argument('--oracle-only', action='store_true',
                    help='only check that the oracle side of every program is sane')
    ap.add_argument('--python2', metavar='PATH',
                    help='with --oracle-only: check # python2 expectations with this Python 2.7')
    ap.add_argument('--rpython-lib', metavar='DIR',
                    help='folder holding the pure-Python rpython package (default REPO/lib)')
    ap.add_argument('--xfail', metavar='FILE',
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'programs', 'xfail.txt'),
                    help='programs known to fail (one "folder/name.py  # reason" per line): reported as XFAIL, '
                         'not failures (default: tests/programs/xfail.txt)')
    ap.add_argument('--verbose', '-v', action='store_true', help='show details of passes too')
    ap.add_argument('--translate-arg', action='append', default=[], metavar='ARG',
                    help='an extra argument of every rpy translate command (repeatable)')
    ap.add_argument('--run-with', action='append', default=[], metavar="'NAME=VALUE ...'",
                    help='run each binary once more with these environment variables (repeatable)')
    ap.add_argument('--containing', metavar='TEXT',
                    help='only the programs whose source contains TEXT')
    ap.add_argument('--run-every', type=int, default=1, metavar='N',
                    help='compile and run one program in N (a fixed choice by name), only translate the others')
    ap.add_argument('--pick-by', choices=['name', 'position'], default='name',
                    help='how --run-every chooses: by the CRC-32 of the name (default: the choice does not move '
                         'when programs are added), or the first of every N in sorted order (exactly one in N)')
    ap.add_argument('--no-bundle', action='store_true',
                    help='compile every program into a binary of its own (also: RPY_TEST_NO_BUNDLE=1); by default the '
                         'programs are compiled in bundles of --bundle-size, one executable each')
    ap.add_argument('--bundle-size', type=int, default=BUNDLE_SIZE, metavar='N',
                    help='programs per bundle (default %d)' % BUNDLE_SIZE)
    opts = ap.parse_args(argv)
    if not opts.oracle_only and not opts.rpy:
        ap.error('--rpy is required (except with --oracle-only)')
    if opts.rpy and not os.path.exists(opts.rpy):
        ap.error('no rpy at %s' % opts.rpy)
    if opts.python2:
        # The interpreter's own executable, not the name: pyenv's python2.7 is a shell script
        # that finds the version on every run (0.2-0.7 s; the 600 runs of the self-check spent
        # most of their time there).
        try:
            probe = subprocess.run([opts.python2, '-c', 'import sys; print(sys.version_info[0]); print(sys.executable)'],
                                   capture_output=True, text=True, timeout=30)
            lines = probe.stdout.split('\n')
            ok = probe.returncode == 0 and lines[0] == '2'
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        if not ok:
            say('SKIP: no Python 2.7 at %r on this machine' % opts.python2)
            return 77
        if len(lines) > 1 and os.path.isabs(lines[1]) and os.access(lines[1], os.X_OK):
            opts.python2 = lines[1]
    cfg = Config(opts)

    if opts.errors:
        cases = []
        for p in opts.paths:
            p = os.path.abspath(p)
            if os.path.isdir(p):
                cases.extend(os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith('.py'))
            else:
                cases.append(p)
        work = [(c, os.path.relpath(c), run_error_case) for c in cases]
    else:
        seen, progs = set(), []
        for p in opts.paths:
            if not os.path.exists(p):
                ap.error('no such file or folder: %s' % p)
            for f in discover(p):
                if f not in seen:
                    seen.add(f)
                    progs.append(Program(f))
        fn = check_oracle if opts.oracle_only else run_program
        work = [(prog, prog.name, fn) for prog in progs]
    if opts.filter:
        work = [w for w in work if any(s in w[1] for s in opts.filter)]
    if opts.containing:
        def contains(path):
            with open(path, 'rb') as f:
                return opts.containing.encode() in f.read()
        work = [w for w in work if contains(w[0] if isinstance(w[0], str) else w[0].path)]

    if opts.pick_by == 'position' and not opts.errors and not opts.oracle_only:
        cfg.picked = {w[1] for i, w in enumerate(work) if i % cfg.run_every == 0}

    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0, 'XFAIL': 0, 'XPASS': 0}
    translated_only = []
    xfail = load_xfail(opts.xfail) if not opts.errors and not opts.oracle_only else {}

    lock = threading.Lock()

    def record(name, status, detail, dt):
        key = name.replace(os.sep, '/')
        if key in xfail:
            if status == 'FAIL' or detail == TRANSLATED_ONLY:
                status, detail = 'XFAIL', 'known failure: ' + xfail[key]
            elif status == 'PASS':
                status, detail = 'XPASS', 'passes now: remove it from tests/programs/xfail.txt'
        line = '%s %s %.2fs' % (status, name, dt)
        if detail and (status != 'PASS' or opts.verbose or opts.update):
            line += '\n' + indent(detail) if status == 'FAIL' or '\n' in detail else '  (%s)' % detail
        with lock:
            if status == 'PASS' and detail == TRANSLATED_ONLY:
                translated_only.append(name)
            counts[status] += 1
        say(line)

    def one(item):
        subject, name, fn = item
        t0 = time.monotonic()
        try:
            status, detail = fn(subject, cfg)
        except Exception as e:   # a bug in the runner must not hide the other results
            status, detail = 'FAIL', 'runner error: %r' % (e,)
        record(name, status, detail, time.monotonic() - t0)

    bundle = (not opts.errors and not opts.oracle_only and not opts.update and not opts.no_bundle and opts.bundle_size > 1
              and os.environ.get('RPY_TEST_NO_BUNDLE', '') in ('', '0') and bundling_possible(cfg))
    if bundle:
        run_bundled([w[0] for w in work], cfg, opts.jobs, opts.bundle_size, record)
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
            list(ex.map(one, work))

    if opts.update:
        say('note: expectations written; review them with `git diff %s`' % ' '.join(opts.paths))
    if counts['XFAIL'] or counts['XPASS']:
        say('%d known failures (listed in tests/programs/xfail.txt), %d of them pass now'
            % (counts['XFAIL'] + counts['XPASS'], counts['XPASS']))
    if translated_only:
        say('%d of the programs were translated by every stage of rpy but not compiled nor run '
            '(--run-every %d%s)' % (len(translated_only), opts.run_every,
                                     ', --pick-by position' if cfg.picked is not None else ''))
    counts['PASS'] += counts['XPASS']
    counts['SKIP'] += counts['XFAIL']
    summary = '%d passed, %d failed' % (counts['PASS'], counts['FAIL'])
    if counts['SKIP']:
        summary += ', %d skipped' % counts['SKIP']
    say(summary)
    if counts['FAIL']:
        return 1
    if counts['SKIP'] and not counts['PASS']:
        return 77
    return 0


if __name__ == '__main__':
    sys.exit(main())
