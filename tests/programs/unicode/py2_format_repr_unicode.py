# python2
# -*- coding: utf-8 -*-
# Python 2 unicode through format() and repr(): format(u, spec) pads by code points and gives
# unicode (it padded by UTF-8 bytes and gave a str), repr(u) is u'\xe9...' (it printed the UTF-8
# bytes as a str's repr), with constant and run-time specs.


def main(argv):
    u = u'\xe9t\xe9'
    s = format(u, '>6')
    print repr(s), len(s)
    print repr(format(u, '^' + str(len(argv) + 6)))
    print repr(format(u, '')), repr(format(u, '.2'))
    print repr(u), repr(u + u'x'), len(u)
    try:
        format(u, '+5')
    except ValueError as e:
        print 'ValueError', e
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    main(sys.argv)
