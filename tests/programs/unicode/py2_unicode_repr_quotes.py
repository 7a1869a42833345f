# python2
# repr() of a Python 2 unicode picks its quotes as python2.7 does: double quotes when the text holds
# a single quote and no double quote, and then the single quote is not escaped (rpy printed
# u'o\'neil' where python2.7 prints u"o'neil").
import sys

AT_IMPORT = repr(u"it's")


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    for w in [u"o'neil", u'say "hi"', u'both \' and "', u'plain', u"\xe9'\\", u"'"]:
        print repr(w + t)
    print [u"it's" + t, u'x' + t], AT_IMPORT
    print repr((u"l'\xe9t\xe9" + t, 1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
