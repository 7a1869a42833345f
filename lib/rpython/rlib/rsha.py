"""rpy's version of rpython.rlib.rsha: SHA-1 of byte strings, in plain
RPython (32-bit words kept in machine ints by masking).

    d = new("abc"); d.update("def"); d.hexdigest()
"""

from rpython.rlib._digest import Digest

_M = 0xFFFFFFFF
digest_size = 20
digestsize = 20
blocksize = 1


def _rol(x, n):
    return ((x << n) | (x >> (32 - n))) & _M


class RSHA(Digest):
    BIG_ENDIAN = True

    def __init__(self, initialdata=''):
        self._start([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], initialdata)

    def _new(self):
        return RSHA()

    def _block(self, s, start):
        w = [0] * 80
        for i in range(16):
            j = start + 4 * i
            w[i] = (ord(s[j]) << 24) | (ord(s[j + 1]) << 16) | (ord(s[j + 2]) << 8) | ord(s[j + 3])
        for i in range(16, 80):
            w[i] = _rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        e = self.h[4]
        for i in range(80):
            if i < 20:
                f = (b & c) | ((b ^ _M) & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = (_rol(a, 5) + f + e + k + w[i]) & _M
            e = d
            d = c
            c = _rol(b, 30)
            b = a
            a = t
        self.h[0] = (self.h[0] + a) & _M
        self.h[1] = (self.h[1] + b) & _M
        self.h[2] = (self.h[2] + c) & _M
        self.h[3] = (self.h[3] + d) & _M
        self.h[4] = (self.h[4] + e) & _M


def new(initialdata=''):
    return RSHA(initialdata)


sha = new
