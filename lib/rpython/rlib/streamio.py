"""rpy's version of rpython.rlib.streamio: file streams over os file
descriptors (open_file_as_stream, fdopen_as_stream) with read, readall,
readline, write, seek, tell, flush and close.

Data are byte strings, as in RPython.  Under python3, where the programs that
use this module work with str, bytes are mapped one to one to the characters
U+0000..U+00FF (latin-1), so no byte is ever lost or changed."""

import os
import sys

_O_BINARY = getattr(os, 'O_BINARY', 0)   # decided at import time

if sys.version_info[0] < 3:     # Python 2 (and rpy, whose strings are bytes)
    def _from_bytes(b):
        return b

    def _to_bytes(s):
        return s
else:
    def _from_bytes(b):
        return b.decode('latin-1')

    def _to_bytes(s):
        if isinstance(s, bytes):
            return s
        return s.encode('latin-1')


class StreamError(Exception):
    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message


def _flags_for_mode(mode):
    """os.open flags for a C-style mode string ('r', 'w', 'a', optional '+', 'b')."""
    plus = '+' in mode
    kind = mode[0:1]
    if kind == 'r':
        if plus:
            flags = os.O_RDWR
        else:
            flags = os.O_RDONLY
    elif kind == 'w':
        if plus:
            flags = os.O_RDWR | os.O_CREAT | os.O_TRUNC
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    elif kind == 'a':
        if plus:
            flags = os.O_RDWR | os.O_CREAT | os.O_APPEND
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    else:
        raise ValueError("invalid mode: %r" % (mode,))
    return flags | _O_BINARY


def open_file_as_stream(path, mode='r', buffering=-1, signal_checker=None):
    """Open the file at path as a Stream (mode as in C's fopen)."""
    fd = os.open(path, _flags_for_mode(mode), 0o666)
    return Stream(fd, mode)


def fdopen_as_stream(fd, mode='r', buffering=-1, signal_checker=None):
    """A Stream over the already open file descriptor fd."""
    return Stream(fd, mode)


def open_path_helper(path, os_flags, append):
    fd = os.open(path, os_flags, 0o666)
    return fd


class Stream(object):
    """A buffered stream over a file descriptor."""

    CHUNK = 8192

    def __init__(self, fd, mode='r'):
        self.fd = fd
        self.mode = mode
        self._buf = ''          # data read from fd but not yet returned
        self._closed = False

    def _fill(self):
        """Read one more chunk into the buffer; False at end of file."""
        data = _from_bytes(os.read(self.fd, self.CHUNK))
        if len(data) == 0:
            return False
        self._buf += data
        return True

    def read(self, n=-1):
        """Up to n characters (everything left if n < 0); '' at end of file."""
        if n < 0:
            return self.readall()
        while len(self._buf) < n:
            if not self._fill():
                break
        result = self._buf[:n]
        self._buf = self._buf[n:]
        return result

    def readall(self):
        """Everything up to the end of the file."""
        pieces = [self._buf]
        self._buf = ''
        while True:
            data = _from_bytes(os.read(self.fd, self.CHUNK))
            if len(data) == 0:
                break
            pieces.append(data)
        return ''.join(pieces)

    def readline(self):
        """The next line with its '\\n', or what is left, or '' at end of file."""
        start = 0
        while True:
            i = self._buf.find('\n', start)
            if i >= 0:
                line = self._buf[:i + 1]
                self._buf = self._buf[i + 1:]
                return line
            start = len(self._buf)
            if not self._fill():
                line = self._buf
                self._buf = ''
                return line

    def write(self, data):
        self._drop_read_buffer()
        b = _to_bytes(data)
        while len(b) > 0:
            written = os.write(self.fd, b)
            b = b[written:]

    def _drop_read_buffer(self):
        if len(self._buf) > 0:
            os.lseek(self.fd, -len(_to_bytes(self._buf)), 1)
            self._buf = ''

    def seek(self, offset, whence=0):
        self._drop_read_buffer()
        os.lseek(self.fd, offset, whence)

    def tell(self):
        return os.lseek(self.fd, 0, 1) - len(_to_bytes(self._buf))

    def truncate(self, size):
        self._drop_read_buffer()
        os.ftruncate(self.fd, size)

    def flush(self):
        pass

    def flush_buffers(self):
        pass

    def try_to_find_file_descriptor(self):
        return self.fd

    def close(self):
        if not self._closed:
            self._closed = True
            self._buf = ''
            os.close(self.fd)
