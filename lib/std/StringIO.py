"""Python 2's StringIO: a file-like object over a string in memory (read,
write at any position, seek, tell, truncate), as CPython's Lib/StringIO.py
behaves.  Python 3 has no module of this name (io.StringIO)."""

import sys as _sys

if _sys.version_info[0] >= 3:
    raise ImportError("No module named 'StringIO'")

__all__ = ["StringIO"]


def _complain_ifclosed(closed):
    if closed:
        raise ValueError("I/O operation on closed file")


class StringIO(object):
    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf
        self.len = len(buf)
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        _complain_ifclosed(self.closed)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        _complain_ifclosed(self.closed)
        return False

    def seek(self, pos, mode=0):
        _complain_ifclosed(self.closed)
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        _complain_ifclosed(self.closed)
        return self.pos

    def read(self, n=-1):
        _complain_ifclosed(self.closed)
        if n is None or n < 0:
            newpos = self.len
        else:
            newpos = min(self.pos + n, self.len)
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readline(self, length=None):
        _complain_ifclosed(self.closed)
        i = self.buf.find('\n', self.pos)
        if i < 0:
            newpos = self.len
        else:
            newpos = i + 1
        if length is not None and length >= 0:
            if self.pos + length < newpos:
                newpos = self.pos + length
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(22, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.buf[:size]
        self.len = size

    def write(self, s):
        _complain_ifclosed(self.closed)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        spos = self.pos
        slen = self.len
        if spos == slen:
            self.buf += s
            self.len = self.pos = spos + len(s)
            return
        if spos > slen:
            self.buf += '\0' * (spos - slen)
            slen = spos
        newpos = spos + len(s)
        if spos < slen:
            self.buf = self.buf[:spos] + s + self.buf[newpos:]
            if newpos > slen:
                slen = newpos
        else:
            self.buf += s
            slen = newpos
        self.len = slen
        self.pos = newpos

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)

    def flush(self):
        _complain_ifclosed(self.closed)

    def getvalue(self):
        _complain_ifclosed(self.closed)
        return self.buf
