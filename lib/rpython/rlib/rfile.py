"""rpy's version of rpython.rlib.rfile: file objects for RPython programs
(create_file, create_fdopen_rfile, create_stdio), over rlib.streamio.

Writes go straight to the file descriptor; data are byte strings (latin-1
characters under python3, as in streamio)."""

from rpython.rlib.streamio import open_file_as_stream, fdopen_as_stream


class RFile(object):
    def __init__(self, stream, close_fd=True):
        self._stream = stream
        self._close_fd = close_fd
        self.closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def read(self, size=-1):
        self._check_closed()
        return self._stream.read(size)

    def readline(self, size=-1):
        self._check_closed()
        line = self._stream.readline()
        if size >= 0 and len(line) > size:
            # give back what was read beyond size
            self._stream._buf = line[size:] + self._stream._buf
            line = line[:size]
        return line

    def write(self, value):
        self._check_closed()
        self._stream.write(value)

    def flush(self):
        self._check_closed()
        self._stream.flush()

    def seek(self, pos, whence=0):
        self._check_closed()
        self._stream.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._stream.tell()

    def truncate(self, size=-1):
        self._check_closed()
        if size < 0:
            size = self._stream.tell()
        self._stream.truncate(size)

    def fileno(self):
        self._check_closed()
        return self._stream.fd

    def close(self):
        if not self.closed:
            self.closed = True
            if self._close_fd:
                self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()


def create_file(filename, mode="r", buffering=-1):
    return RFile(open_file_as_stream(filename, mode, buffering))


def create_fdopen_rfile(fd, mode="r", buffering=-1):
    return RFile(fdopen_as_stream(fd, mode, buffering))


def create_stdio():
    """(stdin, stdout, stderr) as RFiles; closing them leaves the descriptors open."""
    stdin = RFile(fdopen_as_stream(0, "r"), False)
    stdout = RFile(fdopen_as_stream(1, "w"), False)
    stderr = RFile(fdopen_as_stream(2, "w"), False)
    return stdin, stdout, stderr
