#!/usr/bin/env python3
"""lib/rpython/rlib/rbigint.py against the interpreter's own ints: every operation on random
values of many sizes (and the edge cases: zero, +-1, word boundaries, the most negative
machine int), run under python3. The translated program tests/programs/rlib/rbigint_*.py then
checks that rpy translates the same code to the same results.

    python3 tests/lib/check_rbigint.py [--rounds N]
"""
import argparse
import math
import os
import random
import sys

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib'))
from rpython.rlib.rbigint import rbigint  # noqa: E402
from rpython.rlib.rstring import ParseStringError  # noqa: E402


def big(x):
    return rbigint.fromlong(x)


def val(b):
    return int(b.str())


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rounds', type=int, default=3000)
    ap.add_argument('--seed', type=int, default=20261125)
    opts = ap.parse_args()
    rnd = random.Random(opts.seed)
    edges = [0, 1, -1, 2, -2, (1 << 30) - 1, 1 << 30, -(1 << 30), (1 << 60) - 1, 1 << 60, (1 << 63) - 1, -(1 << 63), 1 << 63,
             10 ** 9, 10 ** 18, -(10 ** 27), (1 << 90) - 1, (1 << 120) + 12345]

    def rand_int():
        if rnd.random() < 0.2:
            return rnd.choice(edges)
        bits = rnd.choice([1, 5, 29, 30, 31, 59, 60, 61, 62, 63, 64, 90, 100, 200, 500, 1000])
        x = rnd.getrandbits(bits)
        return -x if rnd.random() < 0.5 else x

    failures = 0

    def check(what, got, want):
        nonlocal failures
        if got != want:
            failures += 1
            if failures <= 20:
                print('MISMATCH %s: got %r, want %r' % (what, got, want))

    for _ in range(opts.rounds):
        a, b = rand_int(), rand_int()
        A, B = big(a), big(b)
        check('str %d' % a, A.str(), str(a))
        check('fromstr %d' % a, val(rbigint.fromstr(str(a))), a)
        check('add %d %d' % (a, b), val(A.add(B)), a + b)
        check('sub %d %d' % (a, b), val(A.sub(B)), a - b)
        check('mul %d %d' % (a, b), val(A.mul(B)), a * b)
        if b != 0:
            q, r = A.divmod(B)
            check('divmod %d %d' % (a, b), (val(q), val(r)), divmod(a, b))
        check('gcd %d %d' % (a, b), val(A.gcd(B)), math.gcd(a, b))
        check('cmp %d %d' % (a, b), (A.lt(B), A.le(B), A.eq(B), A.ne(B), A.gt(B), A.ge(B)), (a < b, a <= b, a == b, a != b, a > b, a >= b))
        check('and %d %d' % (a, b), val(A.and_(B)), a & b)
        check('or %d %d' % (a, b), val(A.or_(B)), a | b)
        check('xor %d %d' % (a, b), val(A.xor(B)), a ^ b)
        s = rnd.randrange(0, 200)
        check('lshift %d %d' % (a, s), val(A.lshift(s)), a << s)
        check('rshift %d %d' % (a, s), val(A.rshift(s)), a >> s)
        check('invert %d' % a, val(A.invert()), ~a)
        check('bit_length %d' % a, A.bit_length(), a.bit_length())
        check('hash %d' % a, A.hash(), hash(a))
        check('format %d' % a, A.format('0123456789abcdef', '0x'), ('-' if a < 0 else '') + '0x' + format(abs(a), 'x'))
        try:
            want_f = float(a)
        except OverflowError:
            want_f = 'OverflowError'
        try:
            got_f = A.tofloat()
        except OverflowError:
            got_f = 'OverflowError'
        check('tofloat %d' % a, got_f, want_f)
        if -(1 << 63) <= a < (1 << 63):
            check('toint %d' % a, A.toint(), a)
            check('fromint %d' % a, val(rbigint.fromint(a)), a)
        else:
            try:
                A.toint()
                check('toint overflow %d' % a, 'no error', 'OverflowError')
            except OverflowError:
                pass
        e = rnd.randrange(0, 40)
        check('pow %d %d' % (a, e), val(A.pow(rbigint.fromint(e))), a ** e)
        if b != 0:
            E = rbigint.fromint(rnd.randrange(0, 1 << 40))
            check('powmod', val(A.pow(E, B)), pow(a, val(E), b))
        f = rnd.uniform(-1e30, 1e30)
        check('fromfloat %r' % f, val(rbigint.fromfloat(f)), int(f))
    for bad in ['', '12x', '--1', ' ', '0x']:
        try:
            rbigint.fromstr(bad)
            check('fromstr %r' % bad, 'no error', 'ParseStringError')
        except ParseStringError:
            pass
    check('fromstr hex', val(rbigint.fromstr('0xff', 16)), 255)
    check('fromstr base 0', val(rbigint.fromstr('-0b101', 0)), -5)
    print('%d rounds, %d mismatches' % (opts.rounds, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
