# python2
# rpython.rlib.rutf8: text as UTF-8 bytes, as PyPy's interpreters keep it: encoding code points
# (surrogates and past 0x10ffff refused), walking code points both ways, checking (the length,
# or CheckError at the first bad byte), counting, and Utf8StringBuilder; at import time and
# translated.
from rpython.rlib import rutf8
from rpython.rlib.rutf8 import Utf8StringBuilder, codepoints_in_utf8, check_utf8

SAMPLE = rutf8.unichr_as_utf8(0x48) + rutf8.unichr_as_utf8(0xe9) + rutf8.unichr_as_utf8(0x20ac) + rutf8.unichr_as_utf8(0x1f600)
AT_IMPORT = [len(SAMPLE), codepoints_in_utf8(SAMPLE), check_utf8(SAMPLE, False)]
BAD = ['\xff', 'a\xc3', 'ab\xe0\x80\x80', '\xed\xa0\x80', '\xf4\x90\x80\x80', 'ok\xc3\xa9', '\xc0\xaf', '\xf0\x9f\x98']


def walk(s):
    out = []
    pos = 0
    while pos < len(s):
        out.append(rutf8.codepoint_at_pos(s, pos))
        pos = rutf8.next_codepoint_pos(s, pos)
    back = []
    pos = len(s)
    while pos > 0:
        back.append(rutf8.codepoint_before_pos(s, pos))
        pos = rutf8.prev_codepoint_pos(s, pos)
    return out, back


def entry_point(argv):
    print AT_IMPORT, walk(SAMPLE)
    for code in [0x41, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff, 0x110000]:
        try:
            print hex(code), repr(rutf8.unichr_as_utf8(code))
        except rutf8.OutOfRange as e:
            print hex(code), 'OutOfRange', hex(e.code)
    print repr(rutf8.unichr_as_utf8(0xdc80, True))
    for s in BAD:
        try:
            print repr(s), check_utf8(s, False)
        except rutf8.CheckError as e:
            print repr(s), 'CheckError at', e.pos
    print check_utf8('\xed\xa0\x80', True), check_utf8(SAMPLE, False, 1, 6), rutf8.has_surrogates('a\xed\xa0\x80')
    try:
        rutf8.check_ascii('abc\xc3\xa9')
    except rutf8.CheckError as e:
        print 'not ascii at', e.pos
    b = Utf8StringBuilder()
    b.append(SAMPLE)
    b.append_char('!')
    b.append_code(0x3b1 + len(argv) - 1)
    b.append_slice(SAMPLE, 1, 3)
    b.append_utf8('\xe2\x82\xac', 1)
    res = b.build()
    print repr(res), b.getlength(), codepoints_in_utf8(res), codepoints_in_utf8(res, 2, 5), rutf8.get_utf8_length(res)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
