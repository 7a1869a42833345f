#!/usr/bin/env python3
"""lib/rpython/rlib/rsre against the interpreter's own re module: random patterns (literals,
classes, anchors, groups, named groups, alternation, greedy and lazy repeats, counted repeats,
backreferences, lookarounds, flags) over random subjects, comparing search and match spans, every
group's span, findall, sub (templates and functions), split, and errors for bad patterns. The
translated programs tests/programs/rlib/rsre_*.py then check that rpy translates the same code to
the same results.

    python3 tests/lib/check_rsre.py [--rounds N]

Under Python 3, findall, sub and split are compared only where no match is empty (Python 3.7
changed their empty-match rules; rsre keeps Python 2.7's, the RPython oracle's); run it with
python2.7 as well to compare those too.
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib'))
from rpython.rlib.rsre import rsre_re, rsre_core  # noqa: E402
from rpython.rlib.rsre.rpy import get_code  # noqa: E402

PY2 = sys.version_info[0] == 2
ALPHABET = 'abcAB -_1\n'


class Gen(object):
    def __init__(self, rnd):
        self.rnd = rnd
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.rnd.random()
        if r < 0.35:
            return self.rnd.choice('abcAB1 -')
        if r < 0.45:
            return self.rnd.choice(['.', r'\d', r'\w', r'\s', r'\W', r'\S', r'\D'])
        if r < 0.55:
            neg = '^' if self.rnd.random() < 0.3 else ''
            items = self.rnd.choice(['a-c', 'ab', r'\d', 'A-Z', r'\s_', 'b-', '-a', r'\w', 'c'])
            return '[' + neg + items + ']'
        if r < 0.6:
            return self.rnd.choice(['^', '$', r'\b', r'\B', r'\A', r'\Z'])
        if r < 0.65 and self.groups > 0:
            return '\\%d' % self.rnd.randint(1, self.groups)
        if depth > 2:
            return self.rnd.choice('abc')
        kind = self.rnd.random()
        inner = self.alt(depth + 1)
        if kind < 0.45:
            self.groups += 1
            return '(' + inner + ')'
        if kind < 0.55:
            self.groups += 1
            name = 'g%d' % self.groups
            self.names.append(name)
            return '(?P<' + name + '>' + inner + ')'
        if kind < 0.8:
            return '(?:' + inner + ')'
        if kind < 0.9:
            return self.rnd.choice(['(?=', '(?!']) + inner + ')'
        return self.rnd.choice(['(?<=', '(?<!']) + self.rnd.choice(['a', 'ab', r'\d', '[ab]c', '(?:a|b)']) + ')'

    def piece(self, depth):
        a = self.atom(depth)
        if a in ('^', '$', r'\b', r'\B', r'\A', r'\Z') or a.startswith('(?=') or a.startswith('(?!') \
                or a.startswith('(?<'):
            return a
        r = self.rnd.random()
        if r < 0.55:
            return a
        q = self.rnd.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}', '{0,1}'])
        if self.rnd.random() < 0.3:
            q += '?'
        return a + q

    def seq(self, depth):
        return ''.join(self.piece(depth) for _ in range(self.rnd.randint(1, 4)))

    def alt(self, depth):
        branches = [self.seq(depth) for _ in range(1 if self.rnd.random() < 0.7 else self.rnd.randint(2, 3))]
        return '|'.join(branches)


def subject(rnd):
    return ''.join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12)))


def spans(m, ngroups):
    if m is None:
        return None
    return [m.span(g) for g in range(ngroups + 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rounds', type=int, default=4000)
    ap.add_argument('--seed', type=int, default=20260302)
    opts = ap.parse_args()
    rnd = random.Random(opts.seed)
    failures = []

    def fail(msg):
        failures.append(msg)
        if len(failures) <= 25:
            print('MISMATCH ' + msg)

    tried = 0
    for _ in range(opts.rounds):
        gen = Gen(rnd)
        pat = gen.alt(0)
        flags = rnd.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M])
        try:
            want_re = re.compile(pat, flags)
        except (re.error, OverflowError, RecursionError if not PY2 else RuntimeError):
            try:
                rsre_re.compile(pat, flags)
            except rsre_re.error:
                pass
            else:
                if not PY2:
                    pass  # Python 3 refuses some patterns 2.7 takes (a reference to a later group...)
                else:
                    fail('%r: Python refuses it, rsre does not' % pat)
            continue
        try:
            got_re = rsre_re.compile(pat, flags)
        except rsre_re.error as e:
            fail('%r: rsre refuses it (%s)' % (pat, e))
            continue
        tried += 1
        n = want_re.groups
        if got_re.groups != n:
            fail('%r: %d groups, want %d' % (pat, got_re.groups, n))
            continue
        for _ in range(6):
            s = subject(rnd)
            pos = rnd.choice([0, 0, 0, 1, 2])
            for what in ('search', 'match'):
                w = getattr(want_re, what)(s, pos)
                g = getattr(got_re, what)(s, pos)
                if spans(g, n) != spans(w, n):
                    fail('%s(%r, %r, %d)%s: got %r, want %r' % (what, pat, s, pos, ' I' if flags else '',
                                                               spans(g, n), spans(w, n)))
            if w is not None and g is not None and w.lastindex != g.lastindex and PY2:
                fail('lastindex %r %r: got %r, want %r' % (pat, s, g.lastindex, w.lastindex))
            empty = any(m.start() == m.end() for m in want_re.finditer(s))
            if PY2 or not empty:
                if got_re.findall(s) != want_re.findall(s):
                    fail('findall(%r, %r): got %r, want %r' % (pat, s, got_re.findall(s), want_re.findall(s)))
                for templ in ('<>', r'[\g<0>]', r'\n', r'#\1' if n >= 1 else '#'):
                    try:
                        want = want_re.sub(templ, s)
                        if not PY2 and '1' in templ and any(m.group(1) is None for m in want_re.finditer(s)):
                            want = 'error'  # Python 2.7: "unmatched group" (Python 3.5 substitutes '')
                    except re.error:
                        want = 'error'
                    try:
                        got = got_re.sub(templ, s)
                    except rsre_re.error:
                        got = 'error'
                    if got != want:
                        fail('sub(%r, %r, %r): got %r, want %r' % (pat, templ, s, got, want))
                if got_re.sub(lambda m: m.group(0).upper(), s, 2) != want_re.sub(lambda m: m.group(0).upper(), s, 2):
                    fail('sub(%r, function, %r)' % (pat, s))
                if got_re.split(s) != want_re.split(s):
                    fail('split(%r, %r): got %r, want %r' % (pat, s, got_re.split(s), want_re.split(s)))
    # rsre_core and rpy.get_code, as programs use them
    code = get_code(r'[a-z]+(\d*)')
    ctx = rsre_core.match(code, 'abc123 x')
    if (ctx.match_start, ctx.match_end, ctx.span(1), ctx.group(1)) != (0, 6, (3, 6), '123'):
        fail('rsre_core.match')
    if rsre_core.search(code, '  zz', 1).match_start != 2 or rsre_core.match(code, '12') is not None:
        fail('rsre_core.search')
    if rsre_core.fullmatch(code, 'ab1') is None or rsre_core.fullmatch(code, 'ab1 ') is not None:
        fail('rsre_core.fullmatch')
    for bad in ['(', 'a)', '*a', 'a**', '[a', '(?P<1>a)', r'\1(a)', '(?<=a*)b', 'a{2,1}', '(?P=x)']:
        try:
            rsre_re.compile(bad)
            fail('%r compiled' % bad)
        except rsre_re.error:
            pass
    print('%d patterns, %d mismatches' % (tried, len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
