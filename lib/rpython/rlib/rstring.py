"""rpy's version of rpython.rlib.rstring: StringBuilder, UnicodeBuilder and
the string helpers split, rsplit and replace, written as plain loops over
str.find so that they have RPython's meaning everywhere."""

import sys

from rpython.rlib.objectmodel import import_from_mixin


class ParseStringError(Exception):
    """A string could not be parsed as a number."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


class ParseStringOverflowError(ParseStringError):
    """A string denotes a number too large for a machine word."""


class InvalidBaseError(ParseStringError):
    """The base given to a number parser is not in 2..36."""


INIT_SIZE = 100


class _AbstractBuilder(object):
    """The methods of StringBuilder and UnicodeBuilder, copied into each by import_from_mixin so
    that str and unicode pieces never meet in one function when translated."""

    def __init__(self, init_size=INIT_SIZE):
        self._pieces = []
        self._length = 0

    def append(self, s):
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        """Append s[start:end]."""
        assert 0 <= start <= end <= len(s)
        self._pieces.append(s[start:end])
        self._length += end - start

    def append_multiple_char(self, c, times):
        """Append the one-character string c, times times."""
        if times > 0:
            self._pieces.append(c * times)
            self._length += len(c) * times

    def append_charpsize(self, s, size):
        self.append_slice(s, 0, size)

    def getlength(self):
        return self._length

    def build(self):
        if len(self._pieces) != 1:
            result = self._empty().join(self._pieces)
            self._pieces = [result]
        return self._pieces[0]

    def _empty(self):
        return ''


class StringBuilder(object):
    """Builds a str from pieces: append what you have, build() at the end."""
    import_from_mixin(_AbstractBuilder)

    def _empty(self):
        return ''


class UnicodeBuilder(object):
    """Builds a unicode string from pieces."""
    import_from_mixin(_AbstractBuilder)

    def _empty(self):
        return u''


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\v' or c == '\f'


def split(value, by=None, maxsplit=-1):
    """value.split(by, maxsplit); by=None splits on runs of whitespace."""
    result = []
    if by is None:
        length = len(value)
        i = 0
        while True:
            while i < length and _is_space(value[i]):
                i += 1
            if i >= length:
                break
            if maxsplit == 0:
                # the rest, trailing whitespace included, as str.split
                result.append(value[i:length])
                break
            j = i
            while j < length and not _is_space(value[j]):
                j += 1
            result.append(value[i:j])
            maxsplit -= 1
            i = j
        return result
    if len(by) == 0:
        raise ValueError("empty separator")
    start = 0
    while maxsplit != 0:
        next = value.find(by, start)
        if next < 0:
            break
        result.append(value[start:next])
        start = next + len(by)
        maxsplit -= 1
    result.append(value[start:len(value)])
    return result


def rsplit(value, by=None, maxsplit=-1):
    """value.rsplit(by, maxsplit)."""
    result = []
    if by is None:
        i = len(value)
        while True:
            while i > 0 and _is_space(value[i - 1]):
                i -= 1
            if i <= 0:
                break
            if maxsplit == 0:
                result.append(value[0:i])
                break
            j = i
            while j > 0 and not _is_space(value[j - 1]):
                j -= 1
            result.append(value[j:i])
            maxsplit -= 1
            i = j
        result.reverse()
        return result
    if len(by) == 0:
        raise ValueError("empty separator")
    end = len(value)
    while maxsplit != 0:
        next = value.rfind(by, 0, end)
        if next < 0:
            break
        result.append(value[next + len(by):end])
        end = next
        maxsplit -= 1
    result.append(value[0:end])
    result.reverse()
    return result


def replace(input, sub, by, maxsplit=-1):
    """input.replace(sub, by, maxsplit): at most maxsplit replacements when
    maxsplit >= 0."""
    if maxsplit == 0:
        return input
    builder = StringBuilder(len(input))
    if len(sub) == 0:
        # insert `by` before every character and at the end, as str.replace
        count = 0
        i = 0
        while i < len(input):
            if maxsplit >= 0 and count >= maxsplit:
                break
            builder.append(by)
            builder.append_slice(input, i, i + 1)
            count += 1
            i += 1
        if i < len(input):
            builder.append_slice(input, i, len(input))
        elif maxsplit < 0 or count < maxsplit:
            builder.append(by)
        return builder.build()
    start = 0
    count = 0
    while maxsplit < 0 or count < maxsplit:
        next = input.find(sub, start)
        if next < 0:
            break
        builder.append_slice(input, start, next)
        builder.append(by)
        start = next + len(sub)
        count += 1
    if count == 0:
        return input
    builder.append_slice(input, start, len(input))
    return builder.build()


def _normalize_start_end(length, start, end):
    """start and end as slice bounds: negative ones count from the end, clamped to the string."""
    if start < 0:
        start += length
        if start < 0:
            start = 0
    if end < 0:
        end += length
        if end < 0:
            end = 0
    elif end > length:
        end = length
    return start, end


def startswith(u_self, prefix, start=0, end=sys.maxsize):
    """Whether u_self[start:end] starts with prefix (the bounds as a slice's)."""
    start, end = _normalize_start_end(len(u_self), start, end)
    if start + len(prefix) > end:
        return False
    for i in range(len(prefix)):
        if u_self[start + i] != prefix[i]:
            return False
    return True


def endswith(u_self, suffix, start=0, end=sys.maxsize):
    """Whether u_self[start:end] ends with suffix (the bounds as a slice's)."""
    start, end = _normalize_start_end(len(u_self), start, end)
    begin = end - len(suffix)
    if begin < start:
        return False
    for i in range(len(suffix)):
        if u_self[begin + i] != suffix[i]:
            return False
    return True


def find(value, other, start, end):
    """value.find(other, start, end)."""
    return value.find(other, start, end)


def rfind(value, other, start, end):
    """value.rfind(other, start, end)."""
    return value.rfind(other, start, end)


def count(value, other, start, end):
    """value.count(other, start, end)."""
    return value.count(other, start, end)


def replace_count(input, sub, by, maxcount=-1):
    """(input.replace(sub, by, maxcount), the number of replacements made)."""
    if maxcount == 0:
        return input, 0
    if len(sub) == 0:
        n = len(input) + 1
    else:
        n = input.count(sub)
    if 0 <= maxcount < n:
        n = maxcount
    return replace(input, sub, by, maxcount), n


def strip_spaces(s):
    """s without the ASCII whitespace at both ends (not locale-dependent)."""
    p = 0
    q = len(s)
    while p < q and s[p] in ' \f\n\r\t\v':
        p += 1
    while p < q and s[q - 1] in ' \f\n\r\t\v':
        q -= 1
    assert q >= p
    return s[p:q]


def assert_str0(fname):
    assert '\x00' not in fname, "NUL byte in string"
    return fname


def check_str0(fname):
    if '\x00' in fname:
        raise ValueError("NUL byte in string")
    return fname
