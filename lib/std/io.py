"""rpy's io for Python 3 scripts: StringIO, a text file in memory (read, write at any position,
seek, tell, truncate, lines, iteration), with io.StringIO's results and errors; and io.open, the
builtin open.

Plain Python that rpy also translates: a script may collect its output in a StringIO at run time.
UnsupportedOperation derives from OSError only (io's from ValueError too). Not given: BytesIO, TextIOWrapper, the newline= translations (newline='\\n', the default, is the
only mode), and Python 2's io (its StringIO takes unicode only): a Python 2 program may import
io (RPython imports a program's modules with CPython while translating, so an import nothing uses
is accepted), and calling open, StringIO or UnsupportedOperation is refused with that reason (the
definitions at the end of this file); the SEEK_* constants are the same in both.
"""

import sys as _sys

__all__ = ["StringIO", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError):
    """io's is an OSError and a ValueError; RPython classes have one base, so here `except
    ValueError` does not catch it (the one difference: a nonzero relative seek)."""


class StringIO(object):
    """A text buffer: its value is one string, written and read at a position."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % (type(initial_value).__name__,))
        if newline != '\n':
            raise ValueError("io.StringIO(newline=%r): rpy gives newline='\\n' only" % (newline,))
        self._value = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check()
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % (type(s).__name__,))
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._value)
        if pos == size:
            self._value = self._value + s
        elif pos > size:
            self._value = self._value + '\x00' * (pos - size) + s
        else:
            self._value = self._value[:pos] + s + self._value[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        start = self._pos
        end = len(self._value)
        if size is not None and size >= 0 and start + size < end:
            end = start + size
        if start >= end:
            return ''
        self._pos = end
        return self._value[start:end]

    def readline(self, size=-1):
        self._check()
        start = self._pos
        n = len(self._value)
        if start >= n:
            return ''
        end = self._value.find('\n', start)
        end = n if end < 0 else end + 1
        if size is not None and size >= 0 and start + size < end:
            end = start + size
        self._pos = end
        return self._value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise UnsupportedOperation("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise UnsupportedOperation("Can't do nonzero end-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = self._pos
        if size < len(self._value):
            self._value = self._value[:size]
        return size

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()
        return False


if _sys.version_info[0] < 3:
    _PY2_REASON = "rpy gives the io module to Python 3 scripts only (Python 2.7's io.StringIO takes unicode only)"

    from _rpy_spec import py2_refused as _py2_refused

    open = _py2_refused("io", "open", _PY2_REASON)
    StringIO = _py2_refused("io", "StringIO", _PY2_REASON)
    UnsupportedOperation = _py2_refused("io", "UnsupportedOperation", _PY2_REASON)
