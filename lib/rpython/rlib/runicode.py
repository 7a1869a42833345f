"""rpy's runicode: RPython's codec functions over byte strings and unicode
strings, as interpreters call them.

str_decode_<codec>(s, size, errors, final=False, errorhandler=None) ->
(unicode, number of bytes consumed) and unicode_encode_<codec>(u, size,
errors, errorhandler=None) -> str, for utf_8, latin_1 and ascii.  errors
'strict' calls errorhandler (default: raise UnicodeDecodeError or
UnicodeEncodeError), 'replace' puts U+FFFD (decoding) or '?' (encoding) in
place of what cannot be converted, 'ignore' drops it.  A custom
errorhandler(errors, encoding, msg, s, start, end) returns (replacement,
position to resume at).  With final=False, a UTF-8 sequence cut at the end
of s is left unconsumed."""

MAXUNICODE = 0x10ffff
UNICHR = unichr
ORD = ord


def default_unicode_error_decode(errors, encoding, msg, s, startingpos, endingpos):
    if errors == "replace":
        return u"\ufffd", endingpos
    if errors == "ignore":
        return u"", endingpos
    raise UnicodeDecodeError(encoding, s, startingpos, endingpos, msg)


def default_unicode_error_encode(errors, encoding, msg, u, startingpos, endingpos):
    if errors == "replace":
        return u"?" * (endingpos - startingpos), endingpos
    if errors == "ignore":
        return u"", endingpos
    raise UnicodeEncodeError(encoding, u, startingpos, endingpos, msg)


def _utf8_length(first):
    """The length of the UTF-8 sequence whose first byte is first (0: not a
    first byte)."""
    if first < 0x80:
        return 1
    if 0xc2 <= first <= 0xdf:
        return 2
    if 0xe0 <= first <= 0xef:
        return 3
    if 0xf0 <= first <= 0xf4:
        return 4
    return 0


def _utf8_valid_prefix(s, pos, n, size):
    """How many bytes from pos (at most n) continue a valid sequence of
    length n, the first byte counting."""
    first = ord(s[pos])
    i = 1
    while i < n and pos + i < size:
        c = ord(s[pos + i])
        if c & 0xc0 != 0x80:
            break
        if i == 1:
            if first == 0xe0 and c < 0xa0:
                break
            if first == 0xed and c > 0x9f:
                break
            if first == 0xf0 and c < 0x90:
                break
            if first == 0xf4 and c > 0x8f:
                break
        i += 1
    return i


def str_decode_utf_8(s, size, errors, final=False, errorhandler=None,
                     allow_surrogates=False):
    if errorhandler is None:
        errorhandler = default_unicode_error_decode
    result = []
    pos = 0
    while pos < size:
        first = ord(s[pos])
        n = _utf8_length(first)
        if n == 1:
            result.append(unichr(first))
            pos += 1
            continue
        if n == 0:
            r, pos = errorhandler(errors, "utf8", "invalid start byte", s, pos, pos + 1)
            result.append(r)
            continue
        valid = _utf8_valid_prefix(s, pos, n, size)
        if valid < n:
            if pos + valid >= size and not final:
                break
            msg = "invalid continuation byte"
            if pos + valid >= size:
                msg = "unexpected end of data"
            r, pos = errorhandler(errors, "utf8", msg, s, pos, pos + valid)
            result.append(r)
            continue
        code = first & (0x7f >> n)
        for i in range(1, n):
            code = (code << 6) | (ord(s[pos + i]) & 0x3f)
        result.append(unichr(code))
        pos += n
    return u"".join(result), pos


def unicode_encode_utf_8(s, size, errors, errorhandler=None,
                         allow_surrogates=True):
    return s[:size].encode("utf-8")


def str_decode_latin_1(s, size, errors, final=False, errorhandler=None):
    result = []
    for i in range(size):
        result.append(unichr(ord(s[i])))
    return u"".join(result), size


def _encode_below(u, size, errors, errorhandler, limit, encoding, msg):
    if errorhandler is None:
        errorhandler = default_unicode_error_encode
    result = []
    pos = 0
    while pos < size:
        code = ord(u[pos])
        if code < limit:
            result.append(chr(code))
            pos += 1
            continue
        end = pos + 1
        while end < size and ord(u[end]) >= limit:
            end += 1
        r, pos = errorhandler(errors, encoding, msg, u, pos, end)
        for c in r:
            result.append(chr(ord(c)))
    return "".join(result)


def unicode_encode_latin_1(p, size, errors, errorhandler=None):
    return _encode_below(p, size, errors, errorhandler, 256, "latin-1",
                         "ordinal not in range(256)")


def unicode_encode_ascii(p, size, errors, errorhandler=None):
    return _encode_below(p, size, errors, errorhandler, 128, "ascii",
                         "ordinal not in range(128)")


def str_decode_ascii(s, size, errors, final=False, errorhandler=None):
    if errorhandler is None:
        errorhandler = default_unicode_error_decode
    result = []
    pos = 0
    while pos < size:
        code = ord(s[pos])
        if code < 128:
            result.append(unichr(code))
            pos += 1
        else:
            r, pos = errorhandler(errors, "ascii", "ordinal not in range(128)",
                                  s, pos, pos + 1)
            result.append(r)
    return u"".join(result), pos
