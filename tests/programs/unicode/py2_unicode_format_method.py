# python2
# Python 2's u'...'.format(...) (rpy refused it: "'unicode' has no method 'unicode.format'"): the
# result is unicode, widths count code points, a str argument (or the str of an object, or a
# repr) is decoded as ASCII (UnicodeDecodeError naming the byte and its position in that text),
# numbers format as in a str, unichr() values as text.  A str format's {!r} of a unicode shows
# u'...'.
import sys


class P(object):
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    b = argv[0][:0]
    print repr(u'[{:>5}]'.format(u'\xe9' + t))
    print repr(u'{0}-{1:^7}-{x!r}'.format(u'\u65e5' + t, u'ab\xe9' + t, x=u'\xe9' + t))
    print repr(u'\xe9{}|{:04d}|{:.2f}|{:x}|{}'.format('abc' + b, 42, 3.14159, 255, True))
    print repr(u'{!s}|{!r}|{}'.format('q' + b, 'q' + b, [1, 2]))
    print repr(u'<{}>'.format(unichr(0x3b1 + len(b))))
    print repr(u'{}|{}|{:*<6}'.format(P('ok' + b), None, 'ab' + b))
    print type(u'{}'.format(1)).__name__
    for s in ['\xc3\xa9' + b, 'ab\xff' + b]:
        try:
            print repr(u'[{:>5}]'.format(s))
        except UnicodeDecodeError as e:
            print 'UnicodeDecodeError', e
    try:
        print repr(u'{}'.format(P('x\xe9' + b)))
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError', e
    # a str format's !r of a unicode shows u'...' (rpy showed the UTF-8 bytes: "'\\xc3\\xa9'")
    print repr('{0!r}|{0!r:>9}'.format(u'\xe9' + t)), repr('{!r}'.format(unichr(0xe9 + len(b))))
    w = 4 + len(b)
    print repr(u'[{:>{}}]'.format(u'\xe9' + t, w)), repr(u'[{:>{}}]'.format('ab' + b, w))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
