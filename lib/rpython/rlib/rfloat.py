"""rpy's version of rpython.rlib.rfloat: float constants and helpers
(INFINITY, NAN, isinf, isnan, isfinite, formatd, string_to_float)."""

import math

INFINITY = float('inf')
NAN = float('nan')

# flags of formatd
DTSF_SIGN = 0x1
DTSF_ADD_DOT_0 = 0x2
DTSF_ALT = 0x4
DTSF_CUT_EXP_0 = 0x8

DIST_FINITE = 1
DIST_NAN = 2
DIST_INFINITY = 3


def isinf(x):
    return x == INFINITY or x == -INFINITY


def isnan(x):
    return x != x


def isfinite(x):
    return not isinf(x) and not isnan(x)


def copysign(x, y):
    return math.copysign(x, y)


def formatd(x, code, precision, flags=0):
    """x formatted as '%.<precision><code>' ('e', 'f', 'g'), or repr-like
    for code 'r'.  Infinities and NaN give 'inf', '-inf', 'nan'."""
    if isnan(x):
        s = 'nan'
    elif isinf(x):
        if x > 0:
            s = 'inf'
        else:
            s = '-inf'
    elif code == 'r':
        s = repr(float(x))
    else:
        fmt = '%'
        if flags & DTSF_ALT:
            fmt += '#'
        fmt += '.' + str(precision) + code
        s = fmt % (x,)
        if flags & DTSF_ADD_DOT_0:
            if '.' not in s and 'e' not in s and 'E' not in s:
                s += '.0'
    if flags & DTSF_SIGN and not s.startswith('-'):
        s = '+' + s
    return s


def string_to_float(s):
    """The float the string s denotes (surrounding whitespace allowed), or
    rstring.ParseStringError."""
    from rpython.rlib.rstring import ParseStringError
    stripped = s.strip()
    if len(stripped) == 0:
        raise ParseStringError("empty string for float()")
    try:
        return float(stripped)
    except ValueError:
        raise ParseStringError("invalid literal for float(): %r" % (s,))


def float_as_rbigint_ratio(value):
    raise NotImplementedError("float_as_rbigint_ratio")


def round_away(x):
    """Round to the nearest integer, halfway cases away from zero."""
    absx = abs(x)
    r = math.floor(absx)
    if absx - r >= 0.5:
        r += 1.0
    return math.copysign(r, x)
