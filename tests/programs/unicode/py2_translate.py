# python2
# Python 2 str.translate(table, deletechars): table a 256-byte str from string.maketrans (or None:
# bytes kept), the bytes of deletechars removed first; a table of another length is a ValueError.
import string
import sys


def entry_point(argv):
    t = string.maketrans("ab", "xy")
    words = ["abcabc", "hello, world", "\xc3\xa9t\xc3\xa9", ""] + argv[1:]
    for w in words:
        print repr(w.translate(t)), repr(w.translate(t, "c,")), repr(w.translate(None, "lo")), repr(w.translate(None))
    up = string.maketrans(string.ascii_lowercase, string.ascii_uppercase)
    print "shout it".translate(up), len(up), repr(up[96:100])
    try:
        print "abc".translate("xyz" + argv[0][:0])
    except ValueError as e:
        print "ValueError:", e
    try:
        print string.maketrans("ab", "x" + argv[0][:0])
    except ValueError as e:
        print "ValueError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
