"""rpy's binascii (the oracles run their own): the Python 2 functions RPython programs use on
str -- hexlify/b2a_hex, unhexlify/a2b_hex, crc32 (signed, as Python 2 returns it) -- and the
module's exceptions. A Python 3 program finds only Error and Incomplete here: rpy does not
provide the bytes versions yet, so using them is refused (no attribute), never answered wrongly."""

import sys

_PY3 = sys.version_info[0] >= 3


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


if not _PY3:
    _HEXDIGITS = "0123456789abcdef"

    def _hexvalue(c):
        o = ord(c)
        if 48 <= o <= 57:
            return o - 48
        if 97 <= o <= 102:
            return o - 87
        if 65 <= o <= 70:
            return o - 55
        return -1

    def hexlify(data):
        out = []
        for c in data:
            o = ord(c)
            out.append(_HEXDIGITS[o >> 4])
            out.append(_HEXDIGITS[o & 15])
        return "".join(out)

    def unhexlify(hexstr):
        n = len(hexstr)
        if n % 2 != 0:
            raise TypeError("Odd-length string")
        out = []
        i = 0
        while i < n:
            hi = _hexvalue(hexstr[i])
            lo = _hexvalue(hexstr[i + 1])
            if hi < 0 or lo < 0:
                raise TypeError("Non-hexadecimal digit found")
            out.append(chr(hi * 16 + lo))
            i += 2
        return "".join(out)

    b2a_hex = hexlify
    a2b_hex = unhexlify

    def _crc_table():
        table = []
        for n in range(256):
            c = n
            for k in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c = c >> 1
            table.append(c)
        return table

    _CRC_TABLE = _crc_table()

    def crc32(data, value=0):
        crc = ~value & 0xFFFFFFFF
        for c in data:
            crc = _CRC_TABLE[(crc ^ ord(c)) & 0xFF] ^ (crc >> 8)
        crc = ~crc & 0xFFFFFFFF
        if crc >= 0x80000000:  # Python 2 returns a signed 32-bit value
            crc -= 0x100000000
        return crc
