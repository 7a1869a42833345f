"""Python 2's cStringIO: StringIO() gives a writable buffer (OutputType),
StringIO(s) a read-only one over s (InputType), with StringIO.StringIO's
reading and positioning.  Python 3 has no module of this name."""

import sys as _sys

if _sys.version_info[0] >= 3:
    raise ImportError("No module named 'cStringIO'")

import StringIO as _pure


class InputType(_pure.StringIO):
    """cStringIO.StringI: reading only (no write, writelines or truncate to a
    larger size)."""

    def __init__(self, s):
        if isinstance(s, unicode):
            s = s.encode('ascii')
        _pure.StringIO.__init__(self, s)

    def write(self, s):
        raise AttributeError("'cStringIO.StringI' object has no attribute 'write'")

    def writelines(self, iterable):
        raise AttributeError("'cStringIO.StringI' object has no attribute 'writelines'")


class OutputType(_pure.StringIO):
    """cStringIO.StringO: reading and writing."""

    def __init__(self):
        _pure.StringIO.__init__(self, '')


def StringIO(*args):
    if args:
        return InputType(args[0])
    return OutputType()
