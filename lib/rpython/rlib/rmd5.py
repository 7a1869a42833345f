"""rpy's version of rpython.rlib.rmd5: MD5 of byte strings, in plain RPython
(32-bit words kept in machine ints by masking).

    d = new("abc"); d.update("def"); d.hexdigest()
"""

import math

from rpython.rlib._digest import Digest

_M = 0xFFFFFFFF
digest_size = 16
digestsize = 16
blocksize = 1

# per-step constants: the integer part of abs(sin(i + 1)) * 2**32, and the rotations
_T = [int(abs(math.sin(i + 1)) * 4294967296.0) & _M for i in range(64)]
_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _rol(x, n):
    return ((x << n) | (x >> (32 - n))) & _M


class RMD5(Digest):
    BIG_ENDIAN = False

    def __init__(self, initialdata=''):
        self._start([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476], initialdata)

    def _new(self):
        return RMD5()

    def _block(self, s, start):
        x = [0] * 16
        for i in range(16):
            j = start + 4 * i
            x[i] = ord(s[j]) | (ord(s[j + 1]) << 8) | (ord(s[j + 2]) << 16) | (ord(s[j + 3]) << 24)
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        for i in range(64):
            if i < 16:
                f = (b & c) | ((b ^ _M) & d)
                g = i
            elif i < 32:
                f = (d & b) | ((d ^ _M) & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (d ^ _M))
                g = (7 * i) % 16
            t = d
            d = c
            c = b
            b = (b + _rol((a + f + _T[i] + x[g]) & _M, _S[i])) & _M
            a = t
        self.h[0] = (self.h[0] + a) & _M
        self.h[1] = (self.h[1] + b) & _M
        self.h[2] = (self.h[2] + c) & _M
        self.h[3] = (self.h[3] + d) & _M


def new(initialdata=''):
    return RMD5(initialdata)


md5 = new
