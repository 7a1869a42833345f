"""What rsha and rmd5 share: a Merkle-Damgard hash over 64-byte blocks of a
byte string (update, copy, digest with the length padding, hexdigest).
Subclasses give the initial state, the block function and the byte order."""


class Digest(object):
    BIG_ENDIAN = True

    def _start(self, h, initialdata):
        self.h = h
        self.pending = ''
        self.count = 0
        if len(initialdata) > 0:
            self.update(initialdata)

    def _block(self, s, start):
        raise NotImplementedError("_block")

    def _new(self):
        raise NotImplementedError("_new")

    def _shift(self, i, nbytes):
        """The shift of byte i of an nbytes-long word in this hash's byte order."""
        if self.BIG_ENDIAN:
            return 8 * (nbytes - 1 - i)
        return 8 * i

    def update(self, s):
        self.count += len(s)
        data = self.pending + s
        n = len(data) // 64
        for i in range(n):
            self._block(data, 64 * i)
        self.pending = data[64 * n:]

    def copy(self):
        c = self._new()
        c.h = self.h[:]
        c.pending = self.pending
        c.count = self.count
        return c

    def digest(self):
        c = self.copy()
        bits = self.count * 8
        pad = '\x80' + '\x00' * ((55 - self.count) % 64)
        length = []
        for i in range(8):
            length.append(chr((bits >> self._shift(i, 8)) & 0xFF))
        c.update(pad + ''.join(length))
        out = []
        for word in c.h:
            for i in range(4):
                out.append(chr((word >> self._shift(i, 4)) & 0xFF))
        return ''.join(out)

    def hexdigest(self):
        parts = []
        for ch in self.digest():
            parts.append('%02x' % ord(ch))
        return ''.join(parts)
