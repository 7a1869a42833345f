# python2
# rpython.rlib.runicode: UTF-8, latin-1 and ASCII decoding and encoding as interpreters call
# them: (unicode, bytes consumed) from a decoder, a sequence cut at the end left unconsumed
# unless final, errors 'replace' and 'ignore', and a custom error handler.
from rpython.rlib.runicode import (str_decode_utf_8, unicode_encode_utf_8, str_decode_latin_1,
                                   unicode_encode_latin_1, str_decode_ascii, unicode_encode_ascii)


def show(u):
    return ",".join([str(ord(c)) for c in u])


def handler(errors, encoding, msg, s, start, end):
    return u"<%d-%d>" % (start, end), end


def encode_handler(errors, encoding, msg, u, start, end):
    return u"[%d]" % (end - start), end


def entry_point(argv):
    data = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80!" + "".join(argv[1:])
    u, n = str_decode_utf_8(data, len(data), "strict")
    print show(u), n, len(data)
    print unicode_encode_utf_8(u, len(u), "strict") == data
    cut = data[:6]
    u, n = str_decode_utf_8(cut, len(cut), "strict")
    print show(u), n
    u, n = str_decode_utf_8(cut, len(cut), "replace", final=True)
    print show(u), n
    bad = "a\xffb\xc3(c\xed\xa0\x80d"
    u, n = str_decode_utf_8(bad, len(bad), "replace", final=True)
    print show(u), n
    u, n = str_decode_utf_8(bad, len(bad), "ignore", final=True)
    print show(u), n
    u, n = str_decode_utf_8(bad, len(bad), "strict", True, handler)
    print u.encode("utf-8"), n
    u, n = str_decode_latin_1("\xe9t\xe9", 3, "strict")
    print show(u), n
    w = u"\xe9t\xe9 \u20ac"
    print ",".join([str(ord(c)) for c in unicode_encode_latin_1(w, len(w), "replace")])
    print unicode_encode_ascii(w, len(w), "ignore")
    print unicode_encode_ascii(w, len(w), "strict", encode_handler)
    u, n = str_decode_ascii("ok\x80k", 4, "replace")
    print show(u), n
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
