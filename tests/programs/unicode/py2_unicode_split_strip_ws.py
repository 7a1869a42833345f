# python2
# Python 2 unicode split()/rsplit()/strip()/lstrip()/rstrip()/splitlines() with no separator use
# python2.7's Unicode 5.2 whitespace and line breaks (U+180E, U+3000, U+0085, U+2028, '\x1c'...);
# rpy knew only ASCII whitespace: u'a\u3000b'.split() gave one item.  strip(chars) of unicode
# strips code points, not UTF-8 bytes.  Python 2 str keeps its byte rules (splitlines() breaks at
# '\n' and '\r' only).
import sys

WS = [0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x200a, 0x2028,
      0x2029, 0x202f, 0x205f, 0x3000, 0x200b, 0xfeff, 0x2060]


def parts(u):
    return (u.split(), u.split(None, 1), u.rsplit(), u.rsplit(None, 1), u.strip(), u.lstrip(), u.rstrip(),
            u.splitlines(), u.splitlines(True))


AT_IMPORT = [parts(unichr(cp) + u'a' + unichr(cp) * 2 + u'b\xe9' + unichr(cp) + u'c' + unichr(cp)) for cp in WS]
def parts_s(u):
    return (u.split(), u.split(None, 1), u.rsplit(), u.rsplit(None, 1), u.strip(), u.lstrip(), u.rstrip(),
            u.splitlines(), u.splitlines(True))


S_IMPORT = parts_s('a\x0bb\x1cc\x0cd\r\ne\x85f\xa0g\x1c')


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    for cp in WS:
        w = unichr(cp) + t
        u = w + u'a' + w + w + u'b\xe9' + w + u'c' + w
        print hex(cp), repr(u.split()), repr(u.split(None, 1)), repr(u.rsplit()), repr(u.rsplit(None, 1))
        print repr(u.strip()), repr(u.lstrip()), repr(u.rstrip()), repr(u.splitlines()), repr(u.splitlines(True))
        print w.isspace(), repr(u.split(w)), repr(u.strip(w + u'a')), parts(u) == AT_IMPORT[WS.index(cp)]
    print repr((u'\xe8a\xe9' + t).strip(u'\xe9')), repr((u'\xe9\u3000x\xe9' + t).lstrip(u'\xe9\u3000'))
    print repr((u'\u3000a\u3000b\u3000' + t).rsplit(None, 1)), repr((u'\u3000a b\u3000' + t).split(None, 1))
    print repr((u'a\u2028b\r\nc\rd\n\ne' + t).splitlines()), repr((u'a\u2028b\r\nc\rd\n\ne' + t).splitlines(True))
    s = argv[0][:0] + 'a\x0bb\x1cc\x0cd\r\ne\x85f\xa0g'
    print repr(s.splitlines()), repr(s.splitlines(True)), repr(s.split()), repr(s.rsplit()), repr(s.strip('\x1cag')), parts_s(s + '\x1c') == S_IMPORT
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
