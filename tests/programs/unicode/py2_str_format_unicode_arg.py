# python2
# Python 2's str.format with a unicode argument encodes the field's text as ASCII: a non-ASCII
# character raises UnicodeEncodeError naming it (u'\xe9', u'\u65e5') and its position in the
# padded field; ASCII text formats as it is. u.encode() with no encoding is ASCII (it crashed).
import sys


def entry_point(argv):
    tail = argv[0][:0].decode('ascii')
    for u in [u'ab', u'\xe9', u'x\u65e5', u'\U0001f600', u'']:
        u = u + tail
        for k in range(3):
            try:
                if k == 0:
                    print repr('[{}]'.format(u))
                elif k == 1:
                    print repr('[{:>5}]'.format(u))
                else:
                    print repr('<{:^7}|{}>'.format(u, 1))
            except UnicodeEncodeError as e:
                print 'UnicodeEncodeError', e
        try:
            print repr(u.encode('ascii'))
        except UnicodeEncodeError as e:
            print 'UnicodeEncodeError', e
        try:
            print repr(u.encode())
        except UnicodeEncodeError as e:
            print 'UnicodeEncodeError', e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
