#!/usr/bin/env python3
"""lib/rpython/rlib/rstruct (ieee, runpack) against Python's own struct module: random floats of
every kind (normal, subnormal, near each format's overflow and rounding boundaries, infinities,
signed zeros, NaN) packed into the 2-, 4- and 8-byte formats both ways round, and random byte
strings unpacked with random formats. The translated programs tests/programs/rlib/rstruct_*.py
then check that rpy translates the same code to the same results.

    python3 tests/lib/check_rstruct.py [--rounds N]

NaN payloads other than the quiet NaN are not kept (RPython-level code cannot read a NaN's bits
without a cast to an integer), so random NaN bit patterns are left out.
"""
import argparse
import os
import random
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib'))
from rpython.rlib.rstruct import ieee  # noqa: E402
from rpython.rlib.rstruct.runpack import runpack  # noqa: E402
from rpython.rlib.rstruct.error import StructError  # noqa: E402

FORMATS = ((8, 'd'), (4, 'f'), (2, 'e'))
SPECIAL = [0.0, -0.0, 1.0, -1.5, float('inf'), -float('inf'), float('nan'), -float('nan'), 1e-310, 5e-324,
           1.7976931348623157e308, 3.4028234663852886e38, 3.4028235677973366e38, 1e-45, 1.4e-45, 7e-46,
           65504.0, 65519.99, 65520.0, 6e-8, 2.98e-8, 6.1e-5, 0.1, 1 / 3.0]


def same_float(a, b):
    if a != a and b != b:
        return True
    return struct.pack('<d', a) == struct.pack('<d', b)


def random_float(rnd):
    k = rnd.randrange(5)
    if k == 0:
        v = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
    elif k == 1:
        v = struct.unpack('<f', struct.pack('<I', rnd.getrandbits(32)))[0] * (1 + rnd.random() * 1e-7)
    elif k == 2:
        v = rnd.uniform(-70000, 70000)
    elif k == 3:
        v = rnd.uniform(-1, 1) * 2.0 ** rnd.randrange(-160, 140)
    else:
        v = rnd.choice(SPECIAL) * (1 + rnd.choice([0, 1e-8, -1e-8, 2 ** -24, 2 ** -11, 2 ** -12]))
    if v != v:
        v = rnd.choice([float('nan'), -float('nan')])
    return v


def check_floats(rnd, rounds, fail):
    for v in SPECIAL + [random_float(rnd) for _ in range(rounds)]:
        for size, code in FORMATS:
            for be in (False, True):
                fmt = ('>' if be else '<') + code
                try:
                    want = struct.pack(fmt, v).decode('latin-1')
                except (OverflowError, struct.error):
                    want = 'OverflowError'
                try:
                    out = []
                    ieee.pack_float(out, v, size, be)
                    got = ''.join(out)
                except OverflowError:
                    got = 'OverflowError'
                if got != want:
                    fail('pack_float(%r, %d, %r): got %r, want %r' % (v, size, be, got, want))
                    continue
                if want == 'OverflowError':
                    continue
                back = ieee.unpack_float(want, be)
                if not same_float(back, struct.unpack(fmt, want.encode('latin-1'))[0]):
                    fail('unpack_float(%r, %r) = %r' % (want, be, back))
                bits = ieee.float_pack(v, size)
                if not same_float(ieee.float_unpack(bits, size), back):
                    fail('float_unpack(float_pack(%r, %d))' % (v, size))
    # every 16-bit pattern, both ways
    for q in range(1 << 16):
        data = struct.pack('<H', q)
        want = struct.unpack('<e', data)[0]
        got = ieee.float_unpack(q, 2)
        if not same_float(got, want):
            fail('float_unpack(%#x, 2): got %r, want %r' % (q, got, want))
        if want == want and ieee.float_pack(want, 2) != q:
            fail('float_pack(%r, 2) = %#x, want %#x' % (want, ieee.float_pack(want, 2), q))


UNPACK_FORMATS = ['<i', '>i', '<I', '>I', '<h', '>H', '<b', '>B', '<q', '>q', '<Q', '>Q', '<l', '>L', '<d', '>d',
                  '<f', '>f', 'c', '<?', '<5s', '>iHb', '<qdI', '!hh', '=ic', 'i', 'l', 'L', 'Q', 'q', 'd', 'f',
                  'cil', 'bq', 'hd', '3s2xi', '<3xH', '2i', '2c3B', '@bHiqd', '4sQ', 'ss']


def check_runpack(rnd, rounds, fail):
    for _ in range(rounds):
        fmt = rnd.choice(UNPACK_FORMATS)
        n = struct.calcsize(fmt)
        data = bytes(rnd.getrandbits(8) for _ in range(n))
        if rnd.random() < 0.2:
            data = data.replace(b'\x00', b'\x01')  # bool bytes other than 0/1 included
        want = struct.unpack(fmt, data)
        want = tuple(x.decode('latin-1') if isinstance(x, bytes) else x for x in want)
        got = runpack(fmt, data.decode('latin-1'))
        if len(want) == 1:
            got = (got,)
        ok = len(got) == len(want) and all(
            (same_float(g, w) if isinstance(w, float) else (g == w and type(g == w) is bool))
            for g, w in zip(got, want))
        if not ok:
            fail('runpack(%r, %r): got %r, want %r' % (fmt, data, got, want))
        if n > 0:
            try:
                runpack(fmt, data[:n - 1].decode('latin-1'))
                fail('runpack(%r) of %d bytes raised nothing' % (fmt, n - 1))
            except StructError:
                pass


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rounds', type=int, default=20000)
    ap.add_argument('--seed', type=int, default=20260301)
    opts = ap.parse_args()
    rnd = random.Random(opts.seed)
    failures = []

    def fail(msg):
        failures.append(msg)
        if len(failures) <= 20:
            print('MISMATCH ' + msg)

    check_floats(rnd, opts.rounds, fail)
    check_runpack(rnd, opts.rounds, fail)
    print('%d mismatches' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
