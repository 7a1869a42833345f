#!/usr/bin/env python3
"""Differential testing of rpy with generated programs (see README.md).

    difftest.py run [--dialect 2|3|both] [--seed S] [--count N] [--first I] [--bundle B]
                    [--jobs J] [--features SPEC] [--out DIR] [--rpy PATH] [--cxx CXX]
    difftest.py ci  [--rpy PATH] [--dialect 2|3] [--count N]     the bounded CI batch
    difftest.py regen-ci [--python2 CMD]                          rewrite ci/py2 expectations
    difftest.py check FILE.py [--dialect 2|3]                     one program, both sides
    difftest.py findings [NAME...]                                which findings still fail

Every generated program runs under its interpreter (python3, or Python 2.7 for RPython
programs) and translated by `rpy translate`; a difference in its output or in how it ended is a
finding, saved as a reproducer under --out; a program rpy refuses is saved separately.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen.options import Options  # noqa: E402
from gen import bundle as B  # noqa: E402
import harness as H  # noqa: E402

DEFAULT_RPY = os.path.join(H.REPO, 'build', 'rpy')
PYTHON2 = 'python2.7'
CI_DIR = os.path.join(HERE, 'ci')
_lock = threading.Lock()


def say(msg):
    with _lock:
        sys.stdout.write(msg + '\n')
        sys.stdout.flush()


class Stats(object):
    FIELDS = ['generated', 'translated', 'passed', 'differences', 'refusals', 'invalid',
              'bundles', 'compiles']

    def __init__(self):
        for f in self.FIELDS:
            setattr(self, f, 0)
        self.refusal_kinds = {}
        self.diff_kinds = {}
        self.findings = []

    def add(self, other):
        with _lock:
            for f in self.FIELDS:
                setattr(self, f, getattr(self, f) + getattr(other, f))
            for k, v in other.refusal_kinds.items():
                self.refusal_kinds[k] = self.refusal_kinds.get(k, 0) + v
            for k, v in other.diff_kinds.items():
                self.diff_kinds[k] = self.diff_kinds.get(k, 0) + v
            self.findings += other.findings


class Config(object):
    def __init__(self, a):
        self.rpy = os.path.abspath(a.rpy)
        self.cxx = a.cxx
        self.python2 = a.python2
        self.out = os.path.abspath(a.out) if a.out else None
        self.opts = Options.parse(a.features)
        self.expected = None        # {index: (text, end)} when outputs are committed (CI py2)
        self.confirm = not getattr(a, 'no_confirm', False)
        self.toolchains = [None]    # bundle k is compiled as toolchains[k % len] (campaigns)


# ---------------------------------------------------------------------------------------------
# one bundle

def run_all(cmd_fn, positions):
    """Run a bundle binary (or interpreter) over the given positions, resuming after a program
    that ends the process; returns {index: (text, end)} and the last Result."""
    segs = {}
    start = 0
    last = None
    while start < positions:
        res = cmd_fn(start)
        last = res
        got = H.segments(res.out)
        segs.update(got)
        ended = [i for i, (t, e) in got.items() if e is None]
        if not ended or len(got) == 0:
            break
        # the program that ended the process: note how, resume after it
        i = ended[0]
        how = 'timeout' if res.timed_out else 'died rc=%d' % res.rc
        segs[i] = (segs[i][0], how)
        start += len(got)
    return segs, last


def check_bundle(cfg, seed, indexes, dialect, work, tc=None):
    st = Stats()
    st.bundles = 1
    st.generated = len(indexes)
    text, units = B.bundle(seed, indexes, dialect, cfg.opts)
    name = 'b%d_%d' % (dialect, indexes[0])
    path = os.path.join(work, name + '.py')
    with open(path, 'w') as f:
        f.write(text)
    # the expected side
    if cfg.expected is not None:
        oracle = {i: cfg.expected[i] for i in indexes}
    else:
        oracle, res = run_all(lambda s: H.run_oracle(path, dialect, cfg.python2, [s]),
                              len(indexes))
        if not oracle:
            # the module as a whole failed (a syntax error in one program): run the programs
            # that compile
            ok = [i for i in indexes if compiles(cfg, seed, i, dialect, work)]
            say('ORACLE py%d seed=%s %d..%d: the bundle did not run (%s); %d programs compile'
                % (dialect, seed, indexes[0], indexes[-1],
                   (res.err.strip().splitlines() or ['?'])[-1], len(ok)))
            if ok:
                text, _ = B.bundle(seed, ok, dialect, cfg.opts)
                with open(path, 'w') as f:
                    f.write(text)
                oracle, _ = run_all(lambda s: H.run_oracle(path, dialect, cfg.python2, [s]),
                                    len(ok))
    valid = []
    for i in indexes:
        seg = oracle.get(i)
        if seg is None or seg[1] is None or seg[1].startswith(('timeout', 'died')) or \
                seg[1].split()[-1] in B.INVALID:
            st.invalid += 1
            if cfg.out:
                save(cfg, 'invalid', seed, i, dialect, oracle_seg=seg)
        else:
            valid.append(i)
    # translate, isolating programs rpy refuses
    groups = translate_groups(cfg, seed, valid, dialect, work, st, tc)
    for ids, exe in groups:
        st.translated += len(ids)
        got, _ = run_all(lambda s: H.run_binary(exe, [s]), len(ids))
        for i in ids:
            want = oracle[i]
            have = got.get(i, ('', 'missing'))
            if want == have:
                st.passed += 1
                continue
            st.differences += 1
            kind = diff_kind(want, have)
            st.diff_kinds[kind] = st.diff_kinds.get(kind, 0) + 1
            where = save(cfg, 'diff', seed, i, dialect, oracle_seg=want, rpy_seg=have, tc=tc) \
                if cfg.out else None
            st.findings.append(('diff', dialect, seed, i, kind, where))
            say('DIFF   py%d seed=%s index=%d: %s%s' % (dialect, seed, i, kind,
                                                     (' -> ' + where) if where else ''))
    return st


def compiles(cfg, seed, index, dialect, work):
    path = os.path.join(work, 'syntax.py')
    with open(path, 'w') as f:
        f.write(B.standalone(seed, index, dialect, cfg.opts).replace(
            "if __name__ == '__main__':", 'if False:'))
    return H.run_oracle(path, dialect, cfg.python2).rc == 0


def diff_kind(want, have):
    if have[1] is None or have[1].startswith(('died', 'timeout', 'missing')):
        return 'binary %s' % (have[1] or 'died')
    if want[1] != have[1]:
        return 'ended %s, interpreter %s' % (have[1], want[1])
    return 'output (%s)' % H.first_difference(want[0], have[0])


def write_bundle(cfg, seed, ids, dialect, work, stem):
    text, _ = B.bundle(seed, ids, dialect, cfg.opts)
    base = os.path.join(work, '%s%d_%d_%d' % (stem, dialect, ids[0], len(ids)))
    with open(base + '.py', 'w') as f:
        f.write(text)
    return base


def refuse(cfg, seed, index, dialect, err, st, tc=None):
    sig = H.refusal_signature(err)
    st.refusals += 1
    st.refusal_kinds[sig] = st.refusal_kinds.get(sig, 0) + 1
    where = save(cfg, 'refusal', seed, index, dialect, rpy_err=err, tc=tc) if cfg.out else None
    st.findings.append(('refusal', dialect, seed, index, sig, where))
    say('REFUSE py%d seed=%s index=%d: %s%s' % (dialect, seed, index, sig,
                                              (' -> ' + where) if where else ''))


def refused_by_check(cfg, seed, ids, dialect, work, st):
    """The programs of `ids` that `rpy check` (rpy's stages without the C++ compile, a tenth
    of a translation's time) refuses, found by bisection and recorded; the others are
    returned."""
    base = write_bundle(cfg, seed, ids, dialect, work, 'c')
    res = H.check(cfg.rpy, base + '.py')
    if res.rc == 0:
        return ids
    if len(ids) == 1:
        refuse(cfg, seed, ids[0], dialect, res.err, st)
        return []
    half = len(ids) // 2
    return refused_by_check(cfg, seed, ids[:half], dialect, work, st) + \
        refused_by_check(cfg, seed, ids[half:], dialect, work, st)


def translate_groups(cfg, seed, ids, dialect, work, st, tc=None, checked=False):
    """[(ids, exe)] covering every translatable program of `ids`; refusals are recorded.
    When rpy refuses the bundle, `rpy check` finds the refused programs and the rest is
    translated once; a bundle whose C++ does not compile is bisected with translations."""
    if not ids:
        return []
    base = write_bundle(cfg, seed, ids, dialect, work, 't')
    st.compiles += 1
    res = H.translate(cfg.rpy, base + '.py', base + '-c', cfg.cxx, tc)
    if res.rc == 0:
        return [(ids, base + '-c')]
    if len(ids) == 1:
        refuse(cfg, seed, ids[0], dialect, res.err, st, tc)
        return []
    if not checked and not H.refusal_signature(res.err).startswith('C++') and not res.timed_out:
        rest = refused_by_check(cfg, seed, ids, dialect, work, st)
        if len(rest) < len(ids):
            return translate_groups(cfg, seed, rest, dialect, work, st, tc, True)
    half = len(ids) // 2
    return translate_groups(cfg, seed, ids[:half], dialect, work, st, tc, checked) + \
        translate_groups(cfg, seed, ids[half:], dialect, work, st, tc, checked)


def save(cfg, kind, seed, index, dialect, oracle_seg=None, rpy_seg=None, rpy_err=None,
         tc=None):
    d = os.path.join(cfg.out, 'py%d' % dialect, '%s-%s-%d' % (kind, seed, index))
    os.makedirs(d, exist_ok=True)
    prog = os.path.join(d, 'prog.py')
    with open(prog, 'w') as f:
        f.write(B.standalone(seed, index, dialect, cfg.opts))
    info = ['kind: %s' % kind, 'dialect: %d' % dialect, 'seed: %s' % seed, 'index: %d' % index,
            'features: %s' % cfg.opts.describe(),
            'regenerate: tests/diff/generate.py --dialect %d --features %s %s %d' % (
                dialect, cfg.opts.describe(), seed, index)]
    if tc is not None:
        info.append('translated with: %s (CXX=... rpy translate -O...)' % tc.describe())
    if oracle_seg is not None:
        with open(os.path.join(d, 'interpreter.out'), 'w') as f:
            f.write(oracle_seg[0] + '\n[%s]\n' % oracle_seg[1])
    if rpy_seg is not None:
        with open(os.path.join(d, 'rpy.out'), 'w') as f:
            f.write(rpy_seg[0] + '\n[%s]\n' % rpy_seg[1])
        info.append('difference: %s' % diff_kind(oracle_seg, rpy_seg))
    if rpy_err is not None:
        with open(os.path.join(d, 'rpy.err'), 'w') as f:
            f.write(rpy_err)
        info.append('signature: %s' % H.refusal_signature(rpy_err))
    with open(os.path.join(d, 'info.txt'), 'w') as f:
        f.write('\n'.join(info) + '\n')
    return d


# ---------------------------------------------------------------------------------------------
# campaigns

def campaign(cfg, seed, first, count, bundle, dialect, jobs):
    total = Stats()
    work = tempfile.mkdtemp(prefix='rpy-difftest-')
    chunks = [list(range(s, min(s + bundle, first + count)))
              for s in range(first, first + count, bundle)]
    t0 = time.time()
    if cfg.toolchains == [None] and (cfg.opt_levels != [2] or cfg.cxxs != [None]):
        cfg.toolchains = H.setup_toolchains(cfg.rpy, cfg.cxxs, cfg.opt_levels, cfg.work, say)

    def one(k_ids):
        k, ids = k_ids
        tc = cfg.toolchains[k % len(cfg.toolchains)]
        d = tempfile.mkdtemp(dir=work)
        try:
            st = check_bundle(cfg, seed, ids, dialect, d, tc)
        finally:
            shutil.rmtree(d, ignore_errors=True)
        total.add(st)
        say('bundle py%d %d..%d%s: %d passed, %d differences, %d refusals, %d invalid (%.0fs)' % (
            dialect, ids[0], ids[-1], ' (%s)' % tc.describe() if tc else '', st.passed,
            st.differences, st.refusals, st.invalid, time.time() - t0))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        list(ex.map(one, enumerate(chunks)))
    shutil.rmtree(work, ignore_errors=True)
    return total, time.time() - t0


def report(total, secs, dialect, seed, first, count):
    lines = ['python %d, seed %s, programs %d..%d: %d generated, %d translated, %d passed, '
             '%d differences, %d refusals, %d invalid; %d bundles, %d translations, %.0f s' % (
                 dialect, seed, first, first + count - 1, total.generated, total.translated,
                 total.passed, total.differences, total.refusals, total.invalid, total.bundles,
                 total.compiles, secs)]
    for k, v in sorted(total.diff_kinds.items(), key=lambda kv: -kv[1]):
        lines.append('  difference x%d: %s' % (v, k))
    for k, v in sorted(total.refusal_kinds.items(), key=lambda kv: -kv[1]):
        lines.append('  refusal x%d: %s' % (v, k))
    return '\n'.join(lines)


def set_toolchains(cfg, a):
    """--opt and --cxx: the levels and compilers that bundles rotate over."""
    cfg.opt_levels = [int(o) for o in a.opt.split(',')]
    cfg.cxxs = [c or None for c in (a.cxx or '').split(',')]
    cfg.cxx = None
    cfg.work = tempfile.mkdtemp(prefix='rpy-difftest-tc-')


def cmd_run(a):
    cfg = Config(a)
    set_toolchains(cfg, a)
    dialects = [2, 3] if a.dialect == 'both' else [int(a.dialect)]
    bad = 0
    summaries = []
    for d in dialects:
        total, secs = campaign(cfg, a.seed, a.first, a.count, a.bundle, d, a.jobs)
        summaries.append(report(total, secs, d, a.seed, a.first, a.count))
        bad += total.differences + total.refusals
        if cfg.out:
            os.makedirs(cfg.out, exist_ok=True)
            with open(os.path.join(cfg.out, 'summary-py%d-%s-%d.json' % (d, a.seed, a.first)),
                      'w') as f:
                json.dump({'dialect': d, 'seed': a.seed, 'first': a.first, 'count': a.count,
                           'features_off': sorted(cfg.opts.off), 'seconds': round(secs),
                           'stats': {k: getattr(total, k) for k in Stats.FIELDS},
                           'differences': total.diff_kinds, 'refusals': total.refusal_kinds},
                          f, indent=1, sort_keys=True)
    print('\n'.join(summaries))
    shutil.rmtree(cfg.work, ignore_errors=True)
    return 1 if bad else 0


# ---------------------------------------------------------------------------------------------
# CI batch: Python 3 against python3; Python 2 against committed expectations

CI_SEED = 'ci1'
CI_COUNT = {3: 320, 2: 200}
CI_BUNDLE = 40
# How the CI bundles are compiled, bundle k as entry k % 3: one in three by rpy's default compiler
# (g++) at -O2, where it exploits undefined behaviour of the generated code; the others by clang++
# at -O0, a second compiler, for less: a 40-program bundle took 35.3 s of CPU at g++ -O2 (one
# run), 16.3 s at g++ -O0 and 11.8 s at clang++ -O0 (medians of three, interleaved; each with its
# precompiled runtime header; a loaded machine). Campaigns (tests/diff/campaign.sh) compile at -O2
# throughout. Where clang++ is missing, its bundles are compiled by the default compiler at -O0.
CI_TOOLCHAINS = ':2,clang++:0,clang++:0'


def parse_toolchains(spec):
    """[(compiler or None, level)] from 'CXX:LEVEL,...' (an empty CXX: rpy's default)."""
    pairs = []
    for item in spec.split(','):
        cxx, sep, level = item.strip().rpartition(':')
        if not sep or not level.isdigit():
            raise SystemExit('difftest.py: --toolchains wants CXX:LEVEL items, got %r' % item)
        pairs.append((cxx or None, int(level)))
    return pairs


def ci_expect_path(first):
    return os.path.join(CI_DIR, 'py2_%s_%d.txt' % (CI_SEED, first))


def bundle_hash(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def load_expected(first, ids, opts):
    """{index: (text, end)} of the committed expectations of one Python 2 CI bundle; None if
    they are missing or stale (the generator changed since they were written)."""
    path = ci_expect_path(first)
    if not os.path.exists(path):
        return None
    with open(path, 'rb') as f:
        data = f.read()
    head, _, body = data.partition(b'\n')
    text, _ = B.bundle(CI_SEED, ids, 2, opts)
    if head.decode() != 'bundle %s' % bundle_hash(text):
        return None
    segs = H.segments(body)
    return {i: segs[i] for i in segs}


def load_known():
    """{(dialect, index): note} of ci/known.txt: programs of the CI batch rpy still gets wrong,
    each a finding waiting for its fix. The batch leaves them out (unless --with-known)."""
    known = {}
    path = os.path.join(CI_DIR, 'known.txt')
    if not os.path.exists(path):
        return known
    with open(path) as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 2)
            known[(int(parts[0].lstrip('py')), int(parts[1]))] = parts[2] if len(parts) > 2 else ''
    return known


def cmd_ci(a):
    a.features = 'ci'
    cfg = Config(a)
    cfg.cxx = None
    cfg.work = tempfile.mkdtemp(prefix='rpy-difftest-tc-')
    if a.opt:   # the levels of --opt and the compilers of --cxx, as for run
        cfg.toolchains = H.setup_toolchains(cfg.rpy, [c or None for c in (a.cxx or '').split(',')],
                                            [int(o) for o in a.opt.split(',')], cfg.work, say)
    else:
        pairs = []
        for cxx, level in parse_toolchains(a.toolchains):
            if cxx and not shutil.which(cxx):
                say('note: no %s on this machine: its bundles are compiled by %s'
                    % (cxx, a.cxx or 'the default compiler'))
                cxx = None
            pairs.append((cxx or a.cxx or None, level))
        cfg.toolchains = H.setup_pairs(cfg.rpy, pairs, cfg.work, say)
    say('bundles compiled in turn by: %s' % ', '.join(tc.describe() for tc in cfg.toolchains))
    nb = 0
    dialects = [int(a.dialect)] if a.dialect else [3, 2]
    known = {} if a.with_known else load_known()
    bad = 0
    for d in dialects:
        count = a.count or CI_COUNT[d]
        total, t0 = Stats(), time.time()
        work = tempfile.mkdtemp(prefix='rpy-difftest-ci-')
        skipped = []
        for first in range(0, count, CI_BUNDLE):
            all_ids = list(range(first, min(first + CI_BUNDLE, count)))
            ids = [i for i in all_ids if (d, i) not in known]
            skipped += [i for i in all_ids if (d, i) in known]
            if not ids:
                continue
            if d == 2:
                exp = load_expected(first, all_ids, cfg.opts)
                if exp is None:
                    say('STALE  %s: the committed Python 2 expectations do not match the '
                        'generator; run tests/diff/regen_ci.sh (needs python2.7)' %
                        os.path.relpath(ci_expect_path(first)))
                    bad += 1
                    continue
                # a known program's output is not committed (regen-ci leaves it out)
                skipped += [i for i in ids if i not in exp]
                ids = [i for i in ids if i in exp]
                if not ids:
                    continue
                cfg.expected = exp
            else:
                cfg.expected = None
            tc = cfg.toolchains[nb % len(cfg.toolchains)]
            nb += 1
            st = check_bundle(cfg, CI_SEED, ids, d, work, tc)
            total.add(st)
        shutil.rmtree(work, ignore_errors=True)
        print(report(total, time.time() - t0, d, CI_SEED, 0, count))
        if skipped:
            print('  %d known failures left out (tests/diff/ci/known.txt; --with-known runs them): %s'
                  % (len(skipped), ' '.join(str(i) for i in skipped)))
        bad += total.differences + total.refusals
        if total.invalid > total.generated // 10:
            say('too many invalid programs: the generator is broken')
            bad += 1
    shutil.rmtree(cfg.work, ignore_errors=True)
    return 1 if bad else 0


def cmd_regen_ci(a):
    """Rewrite ci/py2_*.txt from Python 2.7's output of the CI batch."""
    opts = Options.ci()
    os.makedirs(CI_DIR, exist_ok=True)
    work = tempfile.mkdtemp(prefix='rpy-difftest-regen-')
    count = CI_COUNT[2]
    known = load_known()
    for old in os.listdir(CI_DIR):
        if old.startswith('py2_'):
            os.unlink(os.path.join(CI_DIR, old))
    for first in range(0, count, CI_BUNDLE):
        ids = list(range(first, min(first + CI_BUNDLE, count)))
        text, _ = B.bundle(CI_SEED, ids, 2, opts)
        # The batch leaves ci/known.txt's programs out (one of them may print megabytes): so do
        # their expectations. The hash is the whole bundle's, which the generator decides.
        run_text, _ = B.bundle(CI_SEED, [i for i in ids if (2, i) not in known], 2, opts)
        path = os.path.join(work, 'b.py')
        with open(path, 'w') as f:
            f.write(run_text)
        res = H.run_oracle(path, 2, a.python2)
        if res.rc != 0 or res.timed_out:
            print('python2 failed on bundle %d: %s' % (first, res.err[-500:]))
            return 1
        with open(ci_expect_path(first), 'wb') as f:
            f.write(('bundle %s\n' % bundle_hash(text)).encode() + res.out)
        print('wrote %s (%d bytes)' % (os.path.relpath(ci_expect_path(first)), len(res.out)))
    shutil.rmtree(work, ignore_errors=True)
    return 0


def cmd_findings(a):
    """Which findings (findings/NAME.py with NAME.expected) does rpy still get wrong?"""
    cfg = Config(a)
    fdir = os.path.join(HERE, 'findings')
    names = a.names or sorted(f[:-3] for f in os.listdir(fdir) if f.endswith('.py'))
    work = tempfile.mkdtemp(prefix='rpy-difftest-findings-')
    still = 0
    for n in names:
        src = os.path.join(fdir, n + '.py')
        want = open(os.path.join(fdir, n + '.expected'), 'rb').read()
        exe = os.path.join(work, n + '-c')
        tr = H.translate(cfg.rpy, src, exe, cfg.cxx)
        if tr.rc != 0:
            print('STILL  %-28s %s' % (n, H.refusal_signature(tr.err)))
            still += 1
            continue
        r = H.run_binary(exe)
        if r.out == want and r.rc == 0:
            print('FIXED  %s' % n)
        else:
            print('STILL  %-28s %s' % (n, 'exit %d' % r.rc if r.out == want else
                                        H.first_difference(want.decode('utf-8', 'replace'),
                                                           r.out.decode('utf-8', 'replace'))))
            still += 1
    shutil.rmtree(work, ignore_errors=True)
    print('%d of %d findings still wrong' % (still, len(names)))
    return 0


def cmd_features(a):
    """The features switched off in the CI batch, as a Markdown table (for README.md)."""
    from gen.options import FEATURES, WAITING
    print('| feature | what it generates | waits for |')
    print('| --- | --- | --- |')
    for name in sorted(WAITING):
        print('| `%s` | %s | `%s` |' % (name, FEATURES[name], WAITING[name]))
    return 0


def cmd_check(a):
    """Run one program under its interpreter and translated; print both results."""
    cfg = Config(a)
    path = os.path.abspath(a.file)
    src = open(path).read()
    dialect = int(a.dialect) if a.dialect else (2 if 'def target(' in src else 3)
    o = H.run_oracle(path, dialect, cfg.python2)
    work = tempfile.mkdtemp(prefix='rpy-difftest-check-')
    exe = os.path.join(work, 'prog-c')
    tr = H.translate(cfg.rpy, path, exe, cfg.cxx)
    if tr.rc != 0:
        print('REFUSED: %s' % H.refusal_signature(tr.err))
        sys.stdout.write(tr.err[-3000:])
        return 2
    r = H.run_binary(exe)
    shutil.rmtree(work, ignore_errors=True)
    same = o.out == r.out and o.rc == r.rc
    print('SAME' if same else 'DIFFERENT')
    if not same:
        print('interpreter (exit %d):' % o.rc)
        sys.stdout.write(o.out.decode('utf-8', 'replace'))
        print('rpy (exit %d):' % r.rc)
        sys.stdout.write(r.out.decode('utf-8', 'replace'))
    return 0 if same else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)

    def common(p):
        p.add_argument('--rpy', default=DEFAULT_RPY)
        p.add_argument('--cxx', default=None, help='C++ compiler for rpy (CXX)')
        p.add_argument('--python2', default=PYTHON2)
        p.add_argument('--out', default=None, help='folder for reproducers (default: none)')
        p.add_argument('--features', default='all')

    p = sub.add_parser('run')
    common(p)
    p.add_argument('--dialect', default='both', choices=['2', '3', 'both'])
    p.add_argument('--seed', default='1')
    p.add_argument('--first', type=int, default=0)
    p.add_argument('--count', type=int, default=200)
    p.add_argument('--bundle', type=int, default=40)
    p.add_argument('--jobs', type=int, default=1)
    p.add_argument('--opt', default='2',
                   help='C++ optimisation levels, bundle k using level k %% n: "1,1,2" '
                        'compiles two bundles of three at -O1 (--cxx: "g++,clang++" likewise)')
    p = sub.add_parser('ci')
    common(p)
    p.add_argument('--dialect', default=None, choices=['2', '3'])
    p.add_argument('--count', type=int, default=0)
    p.add_argument('--toolchains', default=CI_TOOLCHAINS,
                   help='the compilers and levels the bundles rotate over, CXX:LEVEL items, an '
                        'empty CXX being rpy\'s default or --cxx (default %(default)s)')
    p.add_argument('--opt', default=None,
                   help='instead of --toolchains: optimisation levels the bundles rotate over, '
                        'compiled by --cxx (as for run)')
    p.add_argument('--with-known', action='store_true',
                   help='also run the programs ci/known.txt lists (to see which are fixed)')
    p = sub.add_parser('regen-ci')
    p.add_argument('--python2', default=PYTHON2)
    sub.add_parser('features')
    p = sub.add_parser('findings')
    common(p)
    p.add_argument('names', nargs='*')
    p = sub.add_parser('check')
    common(p)
    p.add_argument('file')
    p.add_argument('--dialect', default=None, choices=['2', '3'])
    a = ap.parse_args()
    if a.cmd == 'run':
        return cmd_run(a)
    if a.cmd == 'ci':
        return cmd_ci(a)
    if a.cmd == 'regen-ci':
        return cmd_regen_ci(a)
    if a.cmd == 'findings':
        return cmd_findings(a)
    if a.cmd == 'features':
        return cmd_features(a)
    return cmd_check(a)


if __name__ == '__main__':
    sys.exit(main())
