"""Python 2's string module functions, written for translated code.

src/annotate/replacement_rules.cpp puts these in the place of string.upper(s), string.join(words,
sep), string.atoi(s, base)... at each call in a translated Python 2 program (the import-time
evaluator runs its own, src/modules/lib/string.cpp): each is the str method of the same name, one
copy per argument type (str or unicode) as RPython's specialize.argtype makes.
"""

from _rpy_spec import spec as _spec

_BIG = 0x7FFFFFFFFFFFFFFF


@_spec("specialize:argtype(0)")
def lower(s):
    return s.lower()


@_spec("specialize:argtype(0)")
def upper(s):
    return s.upper()


@_spec("specialize:argtype(0)")
def swapcase(s):
    return s.swapcase()


@_spec("specialize:argtype(0)")
def capitalize(s):
    return s.capitalize()


@_spec("specialize:argtype(0)")
def strip(s, chars=None):
    if chars is None:
        return s.strip()
    return s.strip(chars)


@_spec("specialize:argtype(0)")
def lstrip(s, chars=None):
    if chars is None:
        return s.lstrip()
    return s.lstrip(chars)


@_spec("specialize:argtype(0)")
def rstrip(s, chars=None):
    if chars is None:
        return s.rstrip()
    return s.rstrip(chars)


@_spec("specialize:argtype(0)")
def split(s, sep=None, maxsplit=-1):
    if sep is None:
        return s.split(None, maxsplit)
    return s.split(sep, maxsplit)


splitfields = split


@_spec("specialize:argtype(0)")
def rsplit(s, sep=None, maxsplit=-1):
    if sep is None:
        return s.rsplit(None, maxsplit)
    return s.rsplit(sep, maxsplit)


@_spec("specialize:argtype(0)")
def join(words, sep=" "):
    return sep.join(words)


joinfields = join


@_spec("specialize:argtype(0)")
def replace(s, old, new, maxreplace=-1):
    if maxreplace < 0:
        return s.replace(old, new)
    return s.replace(old, new, maxreplace)


@_spec("specialize:argtype(0)")
def find(s, sub, start=0, end=_BIG):
    return s.find(sub, start, end)


@_spec("specialize:argtype(0)")
def rfind(s, sub, start=0, end=_BIG):
    return s.rfind(sub, start, end)


@_spec("specialize:argtype(0)")
def index(s, sub, start=0, end=_BIG):
    return s.index(sub, start, end)


@_spec("specialize:argtype(0)")
def rindex(s, sub, start=0, end=_BIG):
    return s.rindex(sub, start, end)


@_spec("specialize:argtype(0)")
def count(s, sub, start=0, end=_BIG):
    return s.count(sub, start, end)


@_spec("specialize:argtype(0)")
def zfill(s, width):
    return s.zfill(width)


@_spec("specialize:argtype(0)")
def ljust(s, width, fillchar=" "):
    return s.ljust(width, fillchar)


@_spec("specialize:argtype(0)")
def rjust(s, width, fillchar=" "):
    return s.rjust(width, fillchar)


@_spec("specialize:argtype(0)")
def center(s, width, fillchar=" "):
    return s.center(width, fillchar)


@_spec("specialize:argtype(0)")
def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def atof(s):
    return float(s)
