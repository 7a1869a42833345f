# python2
# Python 2 unicode.upper()/lower()/swapcase()/title()/capitalize() beyond ASCII, in translated code
# and at import time: python2.7's simple one-to-one mappings of Unicode 5.2 (u'\xdf'.upper() stays
# u'\xdf', a sigma is never final, u'\u01c5'.capitalize() is u'\u01c4'); rpy mapped UTF-8 bytes or
# a Latin/Greek/Cyrillic subset (u'\u01c5a'.upper() came out unchanged, u'\xe9t\xe9'.title() as
# u'\xe9T\xe9').
import sys

WORDS = [u'\xe9t\xe9 \u01c5a \u0101', u'stra\xdfe \ufb03x', u'\u039f\u0394\u039f\u03a3 \u03c3\u03c2', u'\u01c5ABC \u01c6abc',
         u'\u1fb3x \u1fbc', u'\u0130stanbul \u0131i', u'\u043f\u0440\u0438\u0432\u0435\u0442 \u041c\u0418\u0420',
         u'\u2160\u2170 \u24b6\u24d0', u'\U00010400\U00010428', u'\u037f\u0373', u'o-neil \xf1and\xfa', u'']
AT_IMPORT = [(w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize()) for w in WORDS]


def entry_point(argv):
    tail = argv[0][:0].decode('ascii')  # an empty unicode not known while translating
    for k in range(len(WORDS)):
        w = WORDS[k] + tail
        now = (w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize())
        print repr(now[0]), repr(now[1]), repr(now[2]), repr(now[3]), repr(now[4])
        print now == AT_IMPORT[k]
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
