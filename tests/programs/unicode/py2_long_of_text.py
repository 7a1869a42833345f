# python2
# Python 2's long() of a str or unicode: int()'s rules (unicode's decimal digits of any script,
# whitespace), and messages naming long(), as python2.7's. Before, long(u'...') was refused
# ("long() argument 1 must be a string or a number, not unicode") and long('1x') said
# "invalid literal for int() with base 10: '1x'"; long('12L') (a trailing L) was refused and the
# message showed the text without its leading whitespace (long() shows all of it).
import sys


def entry_point(argv):
    t = argv[0][:0]
    u = t.decode('ascii')
    print long(u'42' + u), long(u' -7 ' + u), long(u'\u0663\u19da' + u), long(u'ff' + u, 16)
    print long('12' + t), long(' 0x1f ' + t, 16), long('777' + t, 8), long('0' + t, 0), long('0x1fL' + t, 0), long('zl' + t, 36)
    for s in ['1x', '', ' ', '1 2', '0x', '12L', ' 1x', '1L ', 'L', '12 L', '12LL', '-12l']:
        try:
            print long(s + t)
        except ValueError as e:
            print 'ValueError', e
    for s in [u'1\xe9', u'', u'z']:
        try:
            print long(s + u)
        except ValueError as e:
            print 'ValueError', e
    try:
        print long('1 2' + t, 16)
    except ValueError as e:
        print 'ValueError', e
    for b in [1, 37]:
        try:
            print long('1' + t, b)
        except ValueError as e:
            print 'ValueError', e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
