"""Text and dict builtins written for translated code.

src/annotate/replacement_rules.cpp puts these in the place of ascii(), string.capwords() and
dict.fromkeys() at each call in translated code (the import-time evaluator runs its own), one copy per argument type
as RPython's specialize.argtype makes.
"""


from _rpy_spec import spec as _spec


_HEX = "0123456789abcdef"


def _hex(n, width):
    digits = []
    for i in range(width):
        digits.append(_HEX[(n >> (4 * (width - 1 - i))) & 15])
    return "".join(digits)


@_spec("specialize:argtype(0)")
def ascii(obj):
    # Python's ascii(): repr() with every non-ASCII character escaped as \xhh, \uhhhh or
    # \Uhhhhhhhh (PyObject_ASCII: repr, then the backslashreplace error handler).
    r = repr(obj)
    out = []
    for ch in r:
        n = ord(ch)
        if n < 128:
            out.append(ch)
        elif n < 0x100:
            out.append("\\x" + _hex(n, 2))
        elif n < 0x10000:
            out.append("\\u" + _hex(n, 4))
        else:
            out.append("\\U" + _hex(n, 8))
    return "".join(out)


def capwords(s, sep=None):
    # string.capwords: split (on whitespace runs, or on sep), capitalize each part, join with
    # sep (a single space when sep is None).
    if sep is None:
        return " ".join([w.capitalize() for w in s.split()])
    return sep.join([w.capitalize() for w in s.split(sep)])


@_spec("specialize:argtype(0, 1)")
def dict_fromkeys(iterable, value=None):
    # dict.fromkeys (Python 3): each key of the iterable, in its order, mapped to value.
    d = {}
    for k in iterable:
        d[k] = value
    return d
