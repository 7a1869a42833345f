#!/usr/bin/env python3
"""Bad input to the rpy command itself and a hostile environment: each case must give a clear
message and the documented exit status (2 for usage errors, 1 for an error in the program or its
environment), never a signal, a traceback, or an "internal error" text where the fault is not
rpy's. Cases that need root (a full or read-only file system, made with a small tmpfs) are
skipped otherwise.

    python3 tests/cli/test_cli.py --rpy build/rpy
"""
import argparse
import os
import pty
import resource
import select
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

GOOD = '''def entry_point(argv):
    print("hi")
    return 0

def target(*args):
    return entry_point, None
'''

MIXED = '''def entry_point(argv):
    x = 1
    if len(argv) > 1:
        x = "one"
    print(x)
    return 0

def target(*args):
    return entry_point, None
'''

CLASSY = '''class Counter(object):
    def __init__(self, start):
        self.count = start

    def bump(self, by):
        self.count += by
        return self.count


def entry_point(argv):
    c = Counter(len(argv))
    total = c.bump(2)
    print(total)
    return 0


def target(*args):
    return entry_point, None
'''

USES_HELPER = '''import helper

def entry_point(argv):
    print(helper.twice(2))
    return 0

def target(*args):
    return entry_point, None
'''

HELPER = '''def twice(n):
    return 2 * n
'''

# Import-time code that doubles a string until memory runs out (under a limit set by the test).
GREEDY = '''s = "x" * 1024
while True:
    s = s + s

def entry_point(argv):
    return 0

def target(*args):
    return entry_point, None
'''

# A C++ compiler that works for rpy's probe (an empty program) but not for the program itself:
# what rpy sees when its generated C++ does not compile.
PICKY_CXX = '''#!/bin/sh
for a in "$@"; do
  case "$a" in *rpy_probe.cpp) exec c++ "$@" ;; esac
done
echo "picky.cpp:1:1: error: this compiler rejects the program" >&2
exit 1
'''

KILLED_CXX = '''#!/bin/sh
kill -9 $$
'''

BAD_OUTPUT = ('internal error', 'Traceback', 'terminate called', 'Segmentation', 'AddressSanitizer',
              'core dumped')


def write(path, text, mode=0o644):
    with open(path, 'w') as f:
        f.write(text)
    os.chmod(path, mode)
    return path


class Runner:
    def __init__(self, rpy, tmp):
        self.rpy = rpy
        self.tmp = tmp
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def report(self, name, problems, out):
        name = name.replace(self.tmp, '$TMP')
        if problems:
            self.failed += 1
            print('FAIL %s: %s\n    %s' % (name, '; '.join(problems), out.strip().replace('\n', '\n    ')))
        else:
            self.passed += 1
            print('PASS %s' % name)

    def skip(self, name, why):
        self.skipped += 1
        print('SKIP %s (%s)' % (name.replace(self.tmp, '$TMP'), why))

    def case(self, args, status, texts=(), env=None, absent=BAD_OUTPUT, timeout=120, limit_as=None, name=None):
        """Runs rpy ARGS; checks the exit status, that every text in `texts` is in its output and
        that nothing in `absent` is."""
        if isinstance(texts, str):
            texts = (texts,)
        full_env = dict(os.environ)
        full_env.pop('NO_COLOR', None)
        full_env.update(env or {})

        def limits():
            if limit_as:
                resource.setrlimit(resource.RLIMIT_AS, (limit_as, limit_as))

        t0 = time.monotonic()
        try:
            r = subprocess.run([self.rpy] + args, cwd=self.tmp, capture_output=True, text=True, errors='replace',
                               timeout=timeout, env=full_env, preexec_fn=limits)
        except subprocess.TimeoutExpired:
            self.report(name or 'rpy ' + ' '.join(args), ['no answer within %d s' % timeout], '')
            return None
        out = r.stdout + r.stderr
        problems = []
        if r.returncode < 0:
            problems.append('killed by signal %d' % -r.returncode)
        elif r.returncode != status:
            problems.append('exit status %d, expected %d' % (r.returncode, status))
        for t in texts:
            if t not in out:
                problems.append('message lacks %r' % t)
        for bad in absent:
            if bad in out:
                problems.append('output shows %r' % bad)
        label = name or ('rpy ' + ' '.join(args))
        if env:
            label = ' '.join('%s=%s' % kv for kv in sorted(env.items())) + ' ' + label
        self.report(label + ' (%.1fs)' % (time.monotonic() - t0), problems, out)
        return r


def run_in_pty(argv, cwd, env):
    """Runs argv with its stdout and stderr on a terminal; returns what it printed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execve(argv[0], argv, env)
    out = b''
    while True:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out.decode('utf-8', 'replace')


def mount_tmpfs(path, options):
    os.makedirs(path, exist_ok=True)
    r = subprocess.run(['mount', '-t', 'tmpfs', '-o', options, 'tmpfs', path], capture_output=True)
    return r.returncode == 0


def check_pch(t, rpy, tmp):
    """The precompiled runtime header (src/toolchain/pch.cpp): where the build made one, g++ must
    use it for a default translation (a compile flag that drifts from the build's would lose the
    speed silently: g++ skips a header precompiled with other flags)."""
    src = os.path.join(tmp, 'pch-src')
    r = subprocess.run([rpy, 'translate', 'good.py', '-o', 'pch-c', '--source', src, '--print-compiler-command'],
                       cwd=tmp, capture_output=True, text=True, timeout=120)
    line = next((l for l in r.stderr.splitlines() if ' -I' in l and '.cpp' in l), '')
    words = shlex.split(line)
    pch = next((w[2:] for w in words if w.startswith('-I') and w.endswith('/pch')), None)
    clang_pch = '-include-pch' in words
    if r.returncode != 0 or (pch is None and not clang_pch):
        t.skip('the compiler uses the precompiled runtime header', 'none was built (another compiler) or translate failed')
        return
    cpp = next(i for i, w in enumerate(words) if w.endswith('.cpp'))
    check = subprocess.run(words[:cpp + 1] + ['-fsyntax-only', '-H', '-Winvalid-pch'], cwd=tmp, capture_output=True,
                           text=True, timeout=120)
    # g++ marks a precompiled header it used with "!"; clang++ fails outright on one it cannot use.
    used = check.returncode == 0 if clang_pch else '! %s/rpy/rpy.hpp.gch/' % pch in check.stderr
    t.report('the compiler uses the precompiled runtime header for a default translation', [] if used else ['not used'],
             '\n'.join(check.stderr.splitlines()[:3]))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rpy', required=True)
    opts = ap.parse_args()
    rpy = os.path.abspath(opts.rpy)
    tmp = tempfile.mkdtemp(prefix='rpy-cli-')
    t = Runner(rpy, tmp)
    good = write(os.path.join(tmp, 'good.py'), GOOD)
    mixed = write(os.path.join(tmp, 'mixed.py'), MIXED)
    write(os.path.join(tmp, 'bad.py'), 'def f(:\n    pass\n')
    write(os.path.join(tmp, 'lib.py'), 'def helper():\n    return 1\n')
    write(os.path.join(tmp, 'main_prog.py'), USES_HELPER)
    write(os.path.join(tmp, 'classy.py'), CLASSY)
    write(os.path.join(tmp, 'helper.py'), HELPER)
    write(os.path.join(tmp, 'greedy.py'), GREEDY)
    deep = ' + '.join(['1'] * 20000)
    write(os.path.join(tmp, 'deep.py'), GOOD.replace('print("hi")', 'print(%s)' % deep))
    os.mkfifo(os.path.join(tmp, 'fifo.py'))
    with open(os.path.join(tmp, 'huge.py'), 'w') as f:   # sparse: no disk used
        f.truncate(17 << 20)
    picky = write(os.path.join(tmp, 'picky-c++'), PICKY_CXX, 0o755)
    killed = write(os.path.join(tmp, 'killed-c++'), KILLED_CXX, 0o755)

    # --- usage errors: status 2
    t.case([], 2, 'usage: rpy')
    t.case(['frobnicate'], 2, "unknown command 'frobnicate'")
    t.case(['translate'], 2, 'file is required')
    t.case(['check'], 2, 'file is required')
    t.case(['translate', '--bogus', 'good.py'], 2, '--bogus')
    t.case(['check', '--bogus', 'good.py'], 2, '--bogus')
    t.case(['translate', '--opt=7', 'good.py'], 2, '--opt')
    t.case(['translate', '--jit-cxx-opt=0', 'good.py'], 2, '--jit-cxx-opt needs --opt=jit')
    t.case(['translate', '--opt=jit', '--jit-cxx-opt=5', 'good.py'], 2, '--jit-cxx-opt')
    t.case(['bench'], 2, '')
    t.case(['bench', '--runs', 'many', 'true'], 1, 'Could not read numeric')  # hyperfine's status for this

    # --- bundles of programs (docs/TESTING.md): the options' requirements, named
    t.case(['translate', '--link-bundle', tmp, 'good.py'], 2, '--link-bundle takes no program file')
    t.case(['translate', '--link-bundle', tmp], 1, '--link-bundle needs -o, the executable to write')
    t.case(['translate', '--link-bundle', os.path.join(tmp, 'nodir'), '-o', 'b-c'], 1,
           "cannot read the directory '%s': No such file or directory" % os.path.join(tmp, 'nodir'))
    t.case(['translate', '--link-bundle', tmp, '-o', 'b-c'], 1, "no program in '%s'" % tmp)
    t.case(['translate', '--bundle-name', 'p0', 'good.py'], 1, '--bundle-name needs --stop-after codegen and --source DIR')
    t.case(['translate', '--bundle-name', 'p-0', '--stop-after', 'codegen', '--source', 'parts', 'good.py'], 1,
           "the bundle name 'p-0' is not made of letters, digits and underscores")
    t.case(['translate', '--gc=gen', '--bundle-name', 'p0', '--stop-after', 'codegen', '--source', 'parts', 'good.py'], 1,
           '--bundle-name does not support --gc=gen yet')

    # --- the input file: status 1, the system's reason, no waiting
    for cmd in ('translate', 'check'):
        t.case([cmd, 'missing.py'], 1, "cannot read 'missing.py': No such file or directory")
        t.case([cmd, tmp], 1, 'it is a directory')
        t.case([cmd, '/dev/urandom'], 1, "cannot read '/dev/urandom': it is not a regular file (a character device)",
               timeout=10)
        t.case([cmd, 'fifo.py'], 1, 'it is not a regular file (a pipe)', timeout=10)
        t.case([cmd, 'huge.py'], 1, 'it is larger than 16 MB')
    t.case(['translate', 'bad.py'], 1, 'bad.py:1:7: error: invalid syntax')
    t.case(['translate', 'lib.py'], 1, 'no target() function')

    # --- rpy check
    t.case(['check', 'good.py'], 0, 'rpy check: no errors in good.py (1 function')
    t.case(['check', '-q', 'good.py'], 0, (), absent=BAD_OUTPUT + ('rpy check',))
    t.case(['check', 'mixed.py'], 1, ("mixed.py:4:13: error: variable 'x' would get two incompatible types: int and str",
                                      'mixed.py:2:9: note: it was given type int here',
                                      'mixed.py:4:13: note: and type str here', 'rpy: 1 error in mixed.py.'))
    t.case(['check', '--dump-types', 'good.py'], 0, 'def entry_point(argv: list of str) -> int')
    t.case(['check', '-q', '--dump-types', 'classy.py'], 0,
           ('module classy (classy.py)\n', '\nclass Counter  (line 1)\n    attributes:\n        count: int\n'
            '    def __init__(self, start: int) -> None  (line 2)\n    def bump(self, by: int) -> int  (line 5)\n',
            '\ndef entry_point(argv: list of str) -> int  (line 10)\n    c: instance of Counter\n    total: int\n'))
    t.case(['check', 'deep.py'], 1, ('deep.py:2:', 'too deeply nested: more than 5000 operators'))

    # --- the output: refused before anything is compiled, with the reason
    t.case(['translate', '-o', 'good.py', 'good.py'], 1, "the output 'good.py' is the program's source file")
    t.case(['translate', '-o', './helper.py', 'main_prog.py'], 1,
           "cannot write the executable to './helper.py': it is the program's source file")
    with open(good) as f:
        if f.read() != GOOD:
            t.report('good.py is intact after -o good.py', ['good.py was overwritten'], '')
    t.case(['translate', '-o', tmp, 'good.py'], 1, "cannot write the executable to '%s': it is a directory" % tmp)
    t.case(['translate', '-o', os.path.join(tmp, 'nodir', 'x'), 'good.py'], 1, 'nodir does not exist')
    t.case(['translate', '-o', '/dev/null', 'good.py'], 1,
           "cannot write the executable to '/dev/null': it is not a regular file (a character device)")
    if not os.path.exists('/dev/null') or not os.path.isfile('/dev/null') and os.stat('/dev/null').st_rdev == 0:
        t.report('/dev/null is intact', ['/dev/null was replaced'], '')
    os.symlink('linked-c', os.path.join(tmp, 'link-c'))
    r = t.case(['translate', '-o', 'link-c', 'good.py'], 0, ())
    if r is not None and not (os.path.islink(os.path.join(tmp, 'link-c')) and os.path.isfile(os.path.join(tmp, 'linked-c'))):
        t.report('-o through a symbolic link writes its target', ['the link was replaced'], '')

    # --- the C++ compiler: named, with the system's reason; never "a bug in rpy" unless it is one
    t.case(['translate', 'good.py'], 1, "cannot run the C++ compiler '/nonexistent/c++': No such file or directory",
           env={'CXX': '/nonexistent/c++'})
    t.case(['translate', 'good.py'], 1, ("the C++ compiler 'false' does not work", 'exit status 1, no output'),
           env={'CXX': 'false'}, absent=BAD_OUTPUT + ('bug in rpy',))
    t.case(['translate', 'good.py'], 1, "was killed by signal 9", env={'CXX': killed}, absent=BAD_OUTPUT + ('bug in rpy',))
    t.case(['translate', 'good.py'], 1, ("failed: the compiler rejects an option", '-fno-such-option'),
           env={'CXX': 'c++ -fno-such-option'}, absent=BAD_OUTPUT + ('bug in rpy',))
    t.case(['translate', 'good.py', '-o', 'picky-out'], 3,
           ('internal error: the generated C++ did not compile. This is a bug in rpy', 'this compiler rejects the program'),
           env={'CXX': picky}, absent=('Traceback', 'Segmentation'))
    if os.path.exists(os.path.join(tmp, 'picky-out')):
        t.report('a failed compile leaves no executable', ['picky-out was written'], '')

    # --- resources: memory (an address-space limit; AddressSanitizer needs terabytes of it)
    with open(rpy, 'rb') as f:
        sanitized = b'__asan_init' in f.read()
    if sanitized:
        t.skip('rpy translate greedy.py under a memory limit', 'rpy is built with AddressSanitizer')
    else:
        t.case(['translate', 'greedy.py'], 1, 'MemoryError', limit_as=3 << 30, timeout=300)

    # --- full and read-only file systems (root only: a small tmpfs)
    full = os.path.join(tmp, 'full')
    if os.geteuid() == 0 and mount_tmpfs(full, 'size=48k'):
        try:
            t.case(['translate', 'good.py', '-o', os.path.join(full, 'good-c')], 1,
                   ("' failed: the disk is full (writing the executable '%s/good-c'" % full,
                    'No space left on device'), absent=BAD_OUTPUT + ('bug in rpy',))
            if [f for f in os.listdir(full)]:
                t.report('a failed compile leaves nothing on the full disk', ['left %s' % os.listdir(full)], '')
            write(os.path.join(full, 'filler'), 'x' * (47 << 10))
            t.case(['translate', 'good.py'], 1, ('cannot write', 'No space left on device'), env={'TMPDIR': full})
        finally:
            subprocess.run(['umount', full])
        readonly = os.path.join(tmp, 'ro')
        if mount_tmpfs(readonly, 'ro,size=16k'):
            try:
                t.case(['translate', 'good.py', '-o', os.path.join(readonly, 'x')], 1,
                       "cannot write the executable to '%s/x': Read-only file system" % readonly)
            finally:
                subprocess.run(['umount', readonly])
    else:
        t.skip('full and read-only file systems', 'needs root and tmpfs')

    # --- colour: on a terminal, unless NO_COLOR is set
    env = dict(os.environ)
    env.pop('NO_COLOR', None)
    env['TERM'] = 'xterm'
    out = run_in_pty([rpy, 'check', 'mixed.py'], tmp, env)
    t.report('rpy check on a terminal is coloured', [] if '\x1b[1;31merror:' in out else ['no colour'], out)
    env['NO_COLOR'] = '1'
    out = run_in_pty([rpy, 'check', 'mixed.py'], tmp, env)
    t.report('NO_COLOR=1 rpy check on a terminal', [] if '\x1b[' not in out and 'error:' in out else ['colour'], out)
    r = subprocess.run([rpy, 'check', 'mixed.py'], cwd=tmp, capture_output=True, text=True)
    t.report('rpy check into a pipe is not coloured', [] if '\x1b[' not in r.stderr else ['colour'], r.stderr)

    # --- a good program still translates and runs after all that
    r = subprocess.run([rpy, 'translate', 'good.py'], cwd=tmp, capture_output=True, text=True, timeout=120)
    run = subprocess.run([os.path.join(tmp, 'good-c')], capture_output=True, text=True) if r.returncode == 0 else None
    t.report('rpy translate good.py; ./good-c',
             [] if run and run.stdout == 'hi\n' and run.returncode == 0 else ['failed'], r.stderr)
    check_pch(t, rpy, tmp)
    leftovers = [f for f in os.listdir(tmp) if '.rpy-' in f]
    t.report('no temporary files are left beside the outputs', ['left %s' % leftovers] if leftovers else [], '')

    shutil.rmtree(tmp, ignore_errors=True)
    summary = '%d passed, %d failed' % (t.passed, t.failed)
    if t.skipped:
        summary += ', %d skipped' % t.skipped
    print(summary)
    return 1 if t.failed else 0


if __name__ == '__main__':
    sys.exit(main())
