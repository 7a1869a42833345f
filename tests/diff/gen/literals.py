"""Literal values of every type, with edge cases, rendered for either dialect."""

from . import types as T

EDGE_INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 31, 32, 63, 64, 100, 127, 128, 255, 256, 1000,
             65535, 65536, (1 << 31) - 1, 1 << 31, -(1 << 31), (1 << 32) - 1, 1 << 32,
             (1 << 53) - 1, 1 << 53, (1 << 53) + 1, 1 << 62, -(1 << 62), T.MAXINT, T.MAXINT - 1,
             T.MININT, T.MININT + 1, 10 ** 18, -10 ** 18, 999999999, 123456789]

EDGE_FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.1, 0.2, 0.3, 1.5, 2.5, 3.14159, 1e-5,
               1.0000000000000002, 0.1 + 0.2, 1e16, 1e15, 123456789.125, 1.0 / 3, 2.0 / 3,
               9.995, 0.125, 0.375, 1e-7, 12345.6789, 100.0, 1e10, -2.75, 5e-324 * 0, 1e22,
               4.35, 0.015, 1234567.0, 99999999999.5, 0.000123]

WORDS = ['', 'a', 'b', 'ab', 'abc', 'hello', 'World', 'x y', ' pad ', 'a,b,c', '1', '42', '-7',
         'zz', 'Mixed Case', 'line\nnext', 'tab\there', 'q"uote', "it's", 'back\\slash',
         '  ', 'abcabc', '0x1f', '3.5', 'e', 'a.b.c', 'UPPER', 'lower', 'x', '12ab', '%d']

ESCAPED = ['\x00', '\x7f', '\xe9', 'caf\xe9', '\x01\x02', '\r\n']

NUM_STRS = ['0', '7', '-12', '+5', ' 42 ', '007', '123456789', '-0', '9223372036854775807',
            '-9223372036854775808', '\t8\n']

FLOAT_STRS = ['1.5', '-0.25', ' 3.0 ', '1e3', '2.5E-3', '.5', '7.', '-0.0', '1e16', 'inf',
              '-inf', '123456789.125']


def int_lit(v, rng, dialect):
    if v == T.MININT:
        return '(-9223372036854775807 - 1)'
    if v < 0:
        return '(%d)' % v
    r = rng.random()
    if r < 0.05 and v > 0:
        return hex(v).rstrip('L')
    if r < 0.08 and 0 < v < 4096:
        return ('0%o' if dialect == 2 and rng.random() < 0.5 else '0o%o') % v
    return '%d' % v


def float_lit(v):
    r = repr(float(v))
    if r.startswith('-'):
        return '(%s)' % r
    return r


def str_lit(s, rng=None):
    """A Python literal for the ASCII/byte string `s`, valid in both dialects."""
    out = []
    quote = "'"
    if rng is not None and rng.random() < 0.3 and '"' not in s:
        quote = '"'
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == quote:
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append('\\x%02x' % o)
    return quote + ''.join(out) + quote


def pick_int(rng, lo, hi):
    """A value in [lo, hi], biased toward small values and edges."""
    r = rng.random()
    if r < 0.25:
        cands = [e for e in EDGE_INTS if lo <= e <= hi]
        if cands:
            return rng.choice(cands)
    if r < 0.85:
        a, b = max(lo, -20), min(hi, 20)
        if a <= b:
            return rng.randint(a, b)
    if r < 0.95:
        a, b = max(lo, -100000), min(hi, 100000)
        if a <= b:
            return rng.randint(a, b)
    return rng.randint(lo, hi)


def pick_float(rng, lo, hi):
    r = rng.random()
    if r < 0.4:
        cands = [e for e in EDGE_FLOATS if lo <= e <= hi]
        if cands:
            return rng.choice(cands)
    if r < 0.7:
        v = round(rng.uniform(max(lo, -100.0), min(hi, 100.0)), rng.choice([0, 1, 2, 3]))
        if lo <= v <= hi:
            return v
    v = rng.uniform(lo, hi)
    return v if lo <= v <= hi else lo


def pick_str(rng, opts):
    if opts.on('char_escapes') and rng.random() < 0.05:
        return rng.choice(ESCAPED)
    if rng.random() < 0.8:
        return rng.choice(WORDS)
    n = rng.randint(0, 6)
    return ''.join(rng.choice('abcxyzAB09 _-.') for _ in range(n))
