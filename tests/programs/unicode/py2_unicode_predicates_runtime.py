# python2
# Python 2 unicode predicates in translated code test code points, as python2.7 does (they tested
# the UTF-8 bytes: u'\u0663'.isdigit() was False, u'\xc9t\xc9'.islower() True).
import sys


def entry_point(argv):
    u = argv[0][:0].decode('ascii')  # an empty unicode not known while translating
    words = [u + u'\u0663\u0664', u + u'\xe9t\xe9', u + u'\xc9T\xc9', u + u'\u3000 ', u + u'caf\xe9', u + u'x\u2003',
             u + u'abc', u + u'12', u + u'\xc9t\xe9']
    for w in words:
        print [w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower()]
    s = 'caf\xc3\xa9'  # a byte string keeps Python 2 str's byte rules
    print [s.isalpha(), s.isalnum(), s.islower(), '\xc3\xa9'.isalpha()]
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
