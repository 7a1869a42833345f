# python2
# Python 2 str.expandtabs counts bytes, unicode.expandtabs code points (both restart the column
# after '\n' and '\r'; tabsize 0 or less removes the tabs).
import sys


def entry_point(argv):
    texts = ["a\tbc\td", "\t", "x\ty\n\tz", "ab\r\tc", "\xc3\xa9\tb", "", "\t\t|"]
    for t in texts + argv[1:]:
        print repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(-1))
    for u in [u"\xe9\t\xfc\t", u"\u65e5\u672c\t|", u"a\tb"]:
        print repr(u.expandtabs()), repr(u.expandtabs(3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
