"""rpy's binascii (the oracles run their own): hexlify/b2a_hex, unhexlify/a2b_hex, crc32 and the
module's exceptions. Python 2 (RPython): on str, crc32 signed as Python 2 returns it, errors are
TypeError. Python 3: hexlify and crc32 take bytes (or bytearray), unhexlify takes bytes or an
ASCII str, results are bytes, crc32 is unsigned, errors are binascii.Error (python3's messages);
hexlify and crc32 of a str raise python3's TypeError.
hexlify's sep/bytes_per_sep arguments (Python 3.8) are not provided: a call using them is
refused (too many arguments), never answered wrongly."""

import sys

_PY3 = sys.version_info[0] >= 3


from _rpy_spec import spec as _spec


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


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


def _hexvalue_code(o):
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


if not _PY3:
    _HEXDIGITS = "0123456789abcdef"

    def _hexvalue(c):
        return _hexvalue_code(ord(c))

    @_spec("specialize:argtype(0)")
    def hexlify(data):
        out = []
        for c in data:
            o = ord(c)
            out.append(_HEXDIGITS[o >> 4])
            out.append(_HEXDIGITS[o & 15])
        return "".join(out)

    @_spec("specialize:argtype(0)")
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

    @_spec("specialize:argtype(0)")
    def crc32(data, value=0):
        crc = ~value & 0xFFFFFFFF
        for c in data:
            crc = _CRC_TABLE[(crc ^ ord(c)) & 0xFF] ^ (crc >> 8)
        crc = ~crc & 0xFFFFFFFF
        if crc >= 0x80000000:  # Python 2 returns a signed 32-bit value
            crc -= 0x100000000
        return crc

else:
    _HEXCODES = b"0123456789abcdef"

    @_spec("specialize:argtype(0)")
    def hexlify(data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        out = []
        for i in range(len(data)):
            o = data[i]
            out.append(_HEXCODES[o >> 4])
            out.append(_HEXCODES[o & 15])
        return bytes(out)

    @_spec("specialize:argtype(0)")
    def _unhex_codes(codes):
        n = len(codes)
        if n % 2 != 0:
            raise Error("Odd-length string")
        out = []
        i = 0
        while i < n:
            hi = _hexvalue_code(codes[i])
            lo = _hexvalue_code(codes[i + 1])
            if hi < 0 or lo < 0:
                raise Error("Non-hexadecimal digit found")
            out.append(hi * 16 + lo)
            i += 2
        return bytes(out)

    @_spec("specialize:argtype(0)")
    def unhexlify(hexstr):
        if isinstance(hexstr, str):
            codes = []
            for c in hexstr:
                o = ord(c)
                if o > 127:
                    raise ValueError("string argument should contain only ASCII characters")
                codes.append(o)
            return _unhex_codes(codes)
        return _unhex_codes(hexstr)

    b2a_hex = hexlify
    a2b_hex = unhexlify

    @_spec("specialize:argtype(0)")
    def crc32(data, value=0):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        crc = ~value & 0xFFFFFFFF
        for i in range(len(data)):
            crc = _CRC_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >> 8)
        return ~crc & 0xFFFFFFFF
