"""rpy's version of rpython.rlib.rStringIO: RStringIO, a file-like string buffer.

Its rules are RPython's: the position is the end until a seek() moves it; write() at the end
appends, elsewhere it overwrites (a write starting past the end pads with NUL characters first)
and leaves the position after what it wrote, or at the end when the write reached past the old
end; seek(pos, mode) takes modes 0, 1 and 2 (a negative result is 0); read(n) and readline(size)
read from the position; truncate(size) never enlarges and always leaves the position at the end;
close() empties the buffer.
"""

AT_END = -1


class RStringIO(object):
    def __init__(self):
        self.init()

    def init(self):
        self._closed = False
        self._chunks = []  # what was appended at the end, not joined yet
        self._data = ''  # the contents before the chunks
        self._pos = AT_END

    def close(self):
        self._closed = True
        self._chunks = []
        self._data = ''
        self._pos = AT_END

    def is_closed(self):
        return self._closed

    def _flatten(self):
        if len(self._chunks) > 0:
            self._data = self._data + ''.join(self._chunks)
            self._chunks = []
        return self._data

    def getvalue(self):
        return self._flatten()

    def getsize(self):
        n = len(self._data)
        for c in self._chunks:
            n += len(c)
        return n

    def write(self, buffer):
        p = self._pos
        if p == AT_END:
            self._chunks.append(buffer)
            return
        data = self._flatten()
        endp = p + len(buffer)
        if endp <= len(data):
            self._data = data[:p] + buffer + data[endp:]
            self._pos = endp
        elif p <= len(data):
            self._data = data[:p] + buffer
            self._pos = AT_END
        else:
            self._data = data + '\x00' * (p - len(data)) + buffer
            self._pos = AT_END

    def seek(self, position, mode=0):
        if mode == 0:
            if position == self.getsize():
                self._pos = AT_END
                return
        elif mode == 1:
            if self._pos == AT_END:
                self._pos = self.getsize()
            position += self._pos
        elif mode == 2:
            if position == 0:
                self._pos = AT_END
                return
            position += self.getsize()
        if position < 0:
            position = 0
        self._pos = position

    def tell(self):
        if self._pos == AT_END:
            return self.getsize()
        return self._pos

    def read(self, n=-1):
        p = self._pos
        if p == 0 and n < 0:
            self._pos = AT_END
            return self.getvalue()
        if p == AT_END or n == 0:
            return ''
        data = self._flatten()
        count = len(data) - p
        if n >= 0 and n < count:
            count = n
        if count <= 0:
            return ''
        if p == 0 and count == len(data):
            self._pos = AT_END
            return data
        self._pos = p + count
        return data[p:p + count]

    def readline(self, size=-1):
        p = self._pos
        if p == AT_END or size == 0:
            return ''
        data = self._flatten()
        end = len(data)
        if size >= 0 and size < end - p:
            end = p + size
        i = p
        while i < end:
            i += 1
            if data[i - 1] == '\n':
                break
        if i < p:
            i = p
        self._pos = i
        return data[p:i]

    def truncate(self, size):
        assert size >= 0
        data = self._flatten()
        if size < len(data):
            self._data = data[:size]
        self._pos = AT_END
