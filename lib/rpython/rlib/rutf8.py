"""rpy's version of rpython.rlib.rutf8: text kept as UTF-8 byte strings, as PyPy's interpreters
keep unicode (a str of UTF-8 bytes and its length in code points).

The functions work on plain byte strings, at import time and translated alike, with RPython's
meaning: encoding a code point (surrogates refused unless allowed, OutOfRange past 0x10ffff),
moving between code points of valid UTF-8 (next/prev_codepoint_pos, codepoint_at_pos,
codepoint_before_pos: they assume valid input), checking (check_utf8 returns the length in code
points or raises CheckError at the first bad byte; check_ascii), counting (codepoints_in_utf8),
and Utf8StringBuilder, which builds the bytes and counts the code points.
"""

import sys

from rpython.rlib.rstring import StringBuilder

MAXUNICODE = 0x10ffff
allow_surrogate_by_default = False


class OutOfRange(Exception):
    def __init__(self, code):
        self.code = code


class CheckError(Exception):
    def __init__(self, pos):
        self.pos = pos


def _is_surrogate(code):
    return 0xD800 <= code <= 0xDFFF


def unichr_as_utf8(code, allow_surrogates=False):
    """The UTF-8 bytes of code point `code`."""
    assert code >= 0
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xC0 | (code >> 6)) + chr(0x80 | (code & 0x3F))
    if code < 0x10000:
        if not allow_surrogates and _is_surrogate(code):
            raise OutOfRange(code)
        return chr(0xE0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3F)) + chr(0x80 | (code & 0x3F))
    if code <= MAXUNICODE:
        return (chr(0xF0 | (code >> 18)) + chr(0x80 | ((code >> 12) & 0x3F)) + chr(0x80 | ((code >> 6) & 0x3F)) +
                chr(0x80 | (code & 0x3F)))
    raise OutOfRange(code)


def unichr_as_utf8_append(builder, code, allow_surrogates=False):
    """Appends the UTF-8 bytes of `code` to a StringBuilder."""
    if 0 <= code < 0x10000 and not allow_surrogates and _is_surrogate(code):
        raise ValueError
    builder.append(unichr_as_utf8(code, True))


def next_codepoint_pos(code, pos):
    """The position of the code point after the one at pos (valid UTF-8, pos before the end)."""
    assert pos >= 0
    first = ord(code[pos])
    if first < 0x80:
        return pos + 1
    if first < 0xE0:
        return pos + 2
    if first < 0xF0:
        return pos + 3
    return pos + 4


def prev_codepoint_pos(code, pos):
    """The position of the code point before pos (pos > 0); pos == len(code) + 1 gives len(code)."""
    pos -= 1
    assert pos >= 0
    if pos >= len(code):
        return pos
    k = 0
    while k < 3 and pos > 0 and 0x80 <= ord(code[pos]) < 0xC0:
        pos -= 1
        k += 1
    return pos


def codepoint_at_pos(code, pos):
    """The code point starting at pos (valid UTF-8 assumed, not checked)."""
    n = len(code)
    c1 = ord(code[pos])
    if c1 < 0x80 or pos + 1 >= n:
        return c1
    c2 = ord(code[pos + 1])
    if c1 < 0xE0 or pos + 2 >= n:
        return ((c1 & 0x1F) << 6) | (c2 & 0x3F)
    c3 = ord(code[pos + 2])
    if c1 < 0xF0 or pos + 3 >= n:
        return ((c1 & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F)
    c4 = ord(code[pos + 3])
    return ((c1 & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F)


def codepoint_before_pos(code, pos):
    """The code point that ends just before pos (valid UTF-8 assumed)."""
    return codepoint_at_pos(code, prev_codepoint_pos(code, pos))


def first_non_ascii_char(s):
    for i in range(len(s)):
        if ord(s[i]) >= 0x80:
            return i
    return -1


def check_ascii(s):
    pos = first_non_ascii_char(s)
    if pos >= 0:
        raise CheckError(pos)


def _continuation(c):
    return 0x80 <= c < 0xC0


def _check(s, allow_surrogates, start, stop):
    """The number of code points of s[start:stop], or ~pos of the first byte that starts an
    invalid sequence."""
    end = len(s) if stop < 0 else stop
    pos = start
    count = 0
    while pos < end:
        c1 = ord(s[pos])
        if c1 < 0x80:
            pos += 1
        elif c1 < 0xC2:
            return ~pos
        elif c1 < 0xE0:
            if pos + 1 >= end or not _continuation(ord(s[pos + 1])):
                return ~pos
            pos += 2
        elif c1 < 0xF0:
            if pos + 2 >= end:
                return ~pos
            c2 = ord(s[pos + 1])
            if not _continuation(c2) or not _continuation(ord(s[pos + 2])):
                return ~pos
            if c1 == 0xE0 and c2 < 0xA0:  # overlong
                return ~pos
            if c1 == 0xED and c2 >= 0xA0 and not allow_surrogates:
                return ~pos
            pos += 3
        elif c1 < 0xF5:
            if pos + 3 >= end:
                return ~pos
            c2 = ord(s[pos + 1])
            if not _continuation(c2) or not _continuation(ord(s[pos + 2])) or not _continuation(ord(s[pos + 3])):
                return ~pos
            if (c1 == 0xF0 and c2 < 0x90) or (c1 == 0xF4 and c2 >= 0x90):  # overlong, past 0x10ffff
                return ~pos
            pos += 4
        else:
            return ~pos
        count += 1
    return count


def check_utf8(s, allow_surrogates, start=0, stop=-1):
    """The length in code points of s[start:stop] (stop -1: the end), or CheckError(pos) at the
    first byte of an invalid sequence (surrogates are invalid unless allowed)."""
    res = _check(s, allow_surrogates, start, stop)
    if res < 0:
        raise CheckError(~res)
    return res


def codepoints_in_utf8(value, start=0, end=sys.maxsize):
    """The number of code points of valid UTF-8 value[start:end]: the bytes that are not
    continuation bytes."""
    if end > len(value):
        end = len(value)
    assert 0 <= start <= end
    n = 0
    for i in range(start, end):
        if not _continuation(ord(value[i])):
            n += 1
    return n


def get_utf8_length(s, start=0, end=-1):
    if end < 0:
        end = len(s)
    return codepoints_in_utf8(s, start, end)


def surrogate_in_utf8(utf8):
    """The position of the first surrogate of (otherwise valid) UTF-8, or -1."""
    pos = 0
    n = len(utf8)
    while pos < n:
        if ord(utf8[pos]) == 0xED and pos + 1 < n and ord(utf8[pos + 1]) >= 0xA0:
            return pos
        pos = next_codepoint_pos(utf8, pos)
    return -1


def has_surrogates(utf8):
    return surrogate_in_utf8(utf8) >= 0


class Utf8StringBuilder(object):
    """Builds UTF-8 bytes from pieces and counts their code points (getlength())."""

    def __init__(self, size=0):
        self._s = StringBuilder(size)
        self._lgt = 0

    def append(self, s):
        """Appends valid UTF-8."""
        self._s.append(s)
        self._lgt += codepoints_in_utf8(s)

    def append_slice(self, s, start, end):
        self._s.append_slice(s, start, end)
        self._lgt += codepoints_in_utf8(s, start, end)

    def append_char(self, s):
        """Appends one ASCII character."""
        self._s.append(s)
        self._lgt += 1

    def append_code(self, code):
        self._s.append(unichr_as_utf8(code, True))
        self._lgt += 1

    def append_utf8(self, utf8, length):
        self._s.append(utf8)
        self._lgt += length

    def append_utf8_slice(self, utf8, start, end, slicelength):
        self._s.append_slice(utf8, start, end)
        self._lgt += slicelength

    def append_multiple_codes(self, code, times):
        utf8 = unichr_as_utf8(code, True)
        for i in range(times):
            self._s.append(utf8)
        self._lgt += times

    def build(self):
        return self._s.build()

    def getlength(self):
        return self._lgt
