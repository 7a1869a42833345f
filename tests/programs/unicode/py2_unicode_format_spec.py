# python2
# Python 2 unicode meets a format spec: format() and '%' pad and cut by code points (a str by
# bytes), with constant specs and str or unicode specs built at run time.
import sys


def entry_point(argv):
    words = [u'\xe9', u'\xe9t\xe9', u'na\xefve', u'abc', u'\u65e5\u672c']
    specs = ['>5', '<6', '^7', '.2', '*>6.1', '', '_^9.3']
    for w in words + [a.decode('utf-8') for a in argv[1:]]:
        print repr(format(w, '>5')), repr(format(w, '_<8')), repr(format(w)), repr(format(w, '^6.2'))
        print repr(u'[%5s|%-6s|%.1s]' % (w, w, w)), repr(u'[%s]' % w)
        for spec in specs:
            print repr(format(w, spec)), repr(format(w, spec.decode('ascii'))),
        print
    b = '\xc3\xa9'
    print repr(format(b, '>5')), repr('[%5s]' % b), repr('[{:>5}]'.format(b)), repr('[{:>5}]'.format(u'ab'))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
