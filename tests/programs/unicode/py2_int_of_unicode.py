# python2
# int() and float() of a Python 2 unicode (were refused: "int() argument 1 must be a string or a
# number, not unicode"): python2.7 reads the decimal digits of any script (Unicode 5.2), whitespace
# as a space, code points below 256 as bytes; any other code point raises UnicodeEncodeError.
# At import time too (rpy's evaluator raised ValueError for int(u'\u0663')).
import sys

CASES = [u'\u0663\u19da', u' 12 ', u'\u3000\u0661\u0662\u3000', u'1\xe9', u'x', u'\xb2', u'-\u0663', u'', u'0x1f',
         u'\u2007 5', u'\u0663x', u'\u4e00', u'\U0001d7ce\U0001d7d9', u'1\u180e', u'+\u0967\u0968', u'\u17e0\u1d50']



def import_time():
    out = [str(int(u'\u0663\u19da')), str(int(u' \u0661\u3000', 16)), str(float(u'\u0663.5')), str(int(u'-\u0967', 0))]
    for c in [u'1\xe9', u'\u4e00', u'\U0001d7ce\U0001d7d9']:
        try:
            out.append(str(int(c)))
        except ValueError as e:
            out.append('ValueError ' + str(e))
        except UnicodeEncodeError as e:
            out.append('UnicodeEncodeError ' + str(e))
    return out


AT_IMPORT = import_time()


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    for c in CASES:
        u = c + t
        for base in [10, 16, 0]:
            try:
                r = int(u) if base == 10 else int(u, base)
                print repr(u), base, r
            except ValueError as e:
                print 'ValueError', repr(str(e))
            except UnicodeEncodeError as e:
                print 'UnicodeEncodeError', str(e)
        try:
            f = float(u)
            print f
        except ValueError as e:
            print 'ValueError', repr(str(e))
        except UnicodeEncodeError as e:
            print 'UnicodeEncodeError', str(e)
    print int(u'\u0663' + t) + 1, int(unichr(0x664) + t), float(u'\u0663.5' + t), int(u'\u0663\u0664'), float(u' 1e3 ')
    print AT_IMPORT
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
