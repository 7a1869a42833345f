"""Running generated bundles: the interpreter (oracle), `rpy translate`, the binary; splitting
their output per program and comparing."""

import os
import re
import resource
import signal
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(REPO, 'lib')
MARK_RE = re.compile(r'#@@ (\d+) (start|exit|raised)(?: (\S+))? ?')

ORACLE_TIMEOUT = 120
TRANSLATE_TIMEOUT = 600
RUN_TIMEOUT = 120


class Result(object):
    def __init__(self, out, rc, err='', seconds=0.0, timed_out=False):
        self.out, self.rc, self.err, self.seconds, self.timed_out = out, rc, err, seconds, timed_out


# What one run may write to stdout or stderr. A program that prints without end (a generated
# one, or a wrong translation that loops) is stopped by SIGXFSZ at this size instead of filling
# the runner's memory until the kernel kills it (it did: 23 GB).
OUTPUT_LIMIT = 256 << 20


def _limit_output():
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))


def run(cmd, cwd, timeout, env=None):
    t0 = time.time()
    e = dict(os.environ)
    e.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        def result(rc, timed_out=False):
            out.seek(0)
            err.seek(0)
            text = err.read().decode('utf-8', 'replace')
            if rc == -signal.SIGXFSZ:
                text += '\n(stopped: it wrote more than %d MB)' % (OUTPUT_LIMIT >> 20)
            return Result(out.read(), rc, text, time.time() - t0, timed_out=timed_out)
        try:
            p = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                               timeout=timeout, env=e, preexec_fn=_limit_output)
            return result(p.returncode)
        except subprocess.TimeoutExpired:
            return result(-9, timed_out=True)


# Debian's python3 where present (pyenv's python3 on PATH is a shell script: 0.3-1 s a start).
PYTHON3 = '/usr/bin/python3' if os.access('/usr/bin/python3', os.X_OK) else 'python3'


def oracle_cmd(dialect, python2):
    if dialect == 2:
        return python2.split()
    return [PYTHON3]


def oracle_env(dialect):
    env = {'PYTHONPATH': LIB, 'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8',
           'PYTHONDONTWRITEBYTECODE': '1'}
    if dialect == 2:
        env['PYENV_VERSION'] = '2.7.18'
    return env


def run_oracle(path, dialect, python2, args=()):
    d = os.path.dirname(path)
    return run(oracle_cmd(dialect, python2) + [os.path.basename(path)] + [str(x) for x in args], d,
               ORACLE_TIMEOUT, oracle_env(dialect))


class Toolchain(object):
    """How a campaign bundle is compiled: the C++ compiler (None: rpy's default), the
    optimisation level, and the environment giving rpy a runtime directory whose precompiled
    header matches both (see setup_toolchains)."""

    def __init__(self, cxx=None, opt=2, env=None):
        self.cxx, self.opt, self.env = cxx, opt, dict(env or {})
        self.env['CXX'] = cxx or ''     # '': rpy's default, whatever CXX the campaign was given

    def describe(self):
        return '%s -O%d' % (self.cxx or 'c++', self.opt)


def build_has_pch(build, level):
    """Whether the build precompiled the runtime header at -O`level` for its compiler."""
    pch = os.path.join(build, 'runtime', 'pch')
    return (os.path.exists(os.path.join(pch, 'rpy', 'rpy.hpp.gch', 'O%d.gch' % level)) or
            os.path.exists(os.path.join(pch, 'clang', 'O%d.pch' % level)))


def setup_toolchains(rpy, cxxs, opts, work, note=print):
    """[Toolchain] for every compiler of `cxxs` and level of `opts`, bundle k using entry
    k % len: level k % len(opts), compiler (k / len(opts)) % len(cxxs)."""
    pairs = []
    for k in range(len(opts) * len(cxxs)):
        pairs.append((cxxs[(k // len(opts)) % len(cxxs)], opts[k % len(opts)]))
    return setup_pairs(rpy, pairs, work, note)


def setup_pairs(rpy, pairs, work, note=print):
    """[Toolchain] of the (compiler, level) pairs, in their order (bundle k using entry
    k % len). The build precompiles rpy's runtime header for its default compiler at -O2 and
    -O0; a campaign compiling at other levels or with clang++ would parse the header in every
    compile (about 0.3 s each), so each other compiler gets a runtime directory
    (RPY_RUNTIME_DIR: links to the build's runtime) with the header precompiled at the levels
    it is used at."""
    build = os.path.dirname(os.path.abspath(rpy))
    source = os.path.dirname(build)
    inc = os.path.join(source, 'runtime')
    libs = [os.path.join(build, 'runtime', n) for n in ('librpyrt.a', 'librpyjit.a')]
    envs = {}
    for k, cxx in enumerate(sorted(set(c for c, _ in pairs), key=lambda c: c or '')):
        levels = sorted(set(o for c, o in pairs if c == cxx))
        if not (os.path.isdir(os.path.join(inc, 'rpy')) and os.path.exists(libs[0])):
            envs[cxx] = {}
            continue
        if cxx is None and all(build_has_pch(build, o) for o in levels):
            envs[cxx] = {}  # the build's precompiled header serves every level
            continue
        d = os.path.join(work, 'runtime%d' % k)
        os.makedirs(d, exist_ok=True)
        os.symlink(inc, os.path.join(d, 'include'))
        for lib in libs:
            if os.path.exists(lib):
                os.symlink(lib, os.path.join(d, os.path.basename(lib)))
        env = {'RPY_RUNTIME_DIR': d, 'CXX': cxx or ''}
        args = [rpy, 'precompile-runtime', '--out', os.path.join(d, 'pch')]
        for o in levels:
            args += ['-O', str(o)]
        t0 = time.time()
        res = run(args, d, TRANSLATE_TIMEOUT, env)
        note('precompiled the runtime header for %s at -O%s (%.0f s)%s' % (
            cxx or 'c++', ',-O'.join(str(o) for o in levels), time.time() - t0,
            '' if res.rc == 0 else ': FAILED, compiling without it: ' + res.err[-300:]))
        envs[cxx] = env
    return [Toolchain(cxx, opt, envs[cxx]) for cxx, opt in pairs]


def translate(rpy, path, exe, cxx=None, tc=None):
    """`rpy translate` with the compiler `cxx`, or as the Toolchain `tc` says."""
    env = dict(tc.env) if tc else ({'CXX': cxx} if cxx else {})
    args = [rpy, 'translate', os.path.basename(path), '-o', exe]
    if tc and tc.opt != 2:
        args += ['-O', str(tc.opt)]
    return run(args, os.path.dirname(path), TRANSLATE_TIMEOUT, env)


def check(rpy, path):
    """`rpy check`: rpy's stages without the C++ compile."""
    return run([rpy, 'check', '-q', os.path.basename(path)], os.path.dirname(path),
               TRANSLATE_TIMEOUT)


def run_binary(exe, args=()):
    return run([exe] + [str(a) for a in args], os.path.dirname(exe), RUN_TIMEOUT)


def segments(out):
    """{position: (text printed by the program, how it ended: 'exit N' / 'raised E' / None)}
    from a bundle's output; a program whose end marker is missing ended the process."""
    text = out.decode('utf-8', 'replace') if isinstance(out, bytes) else out
    res = {}
    cur, start = None, 0
    for m in MARK_RE.finditer(text):
        k, what, arg = int(m.group(1)), m.group(2), m.group(3)
        if what == 'start':
            if cur is not None:
                res[cur] = (text[start:m.start()], None)
            cur, start = k, m.end()
        else:
            if cur == k:
                res[k] = (text[start:m.start()], '%s %s' % (what, arg))
                cur = None
    if cur is not None:
        res[cur] = (text[start:], None)
    return res


def first_difference(a, b):
    """A short description of where two outputs first differ."""
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else '<end>'
        y = lb[i] if i < len(lb) else '<end>'
        if x != y:
            return 'line %d: interpreter %r, rpy %r' % (i + 1, x[:100], y[:100])
    return 'same lines (trailing whitespace/newline differs)'


ERROR_RE = re.compile(r'error: (.*)')


def refusal_signature(stderr):
    """A short key grouping refusals by rpy's message, names and numbers blanked."""
    if 'internal error' in stderr or 'did not compile' in stderr:
        m = re.search(r'error: (.*)', stderr.split('Compiler output:', 1)[-1])
        msg = m.group(1) if m else 'internal error'
        kind = 'C++ compile error'
    else:
        m = ERROR_RE.search(stderr)
        msg = m.group(1) if m else (stderr.strip().splitlines() or ['(no message)'])[-1]
        kind = 'refused'
    msg = re.sub(r"'[^']*'", "'_'", msg)
    msg = re.sub(r'‘[^’]*’', "'_'", msg)
    msg = re.sub(r'\b[pP]\d+_?\w*', 'N', msg)
    msg = re.sub(r'\d+', 'N', msg)
    return '%s: %s' % (kind, msg[:140])
