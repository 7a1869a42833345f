# python2
# In a Python 2 program `b'..'` is a str (bytes is str there): items are one-character strs, it
# equals the str literal, prints without a b prefix, and bytes(x) is str(x). Python 3 scripts
# give these a bytes type of their own (docs/TYPES.md).
def entry_point(argv):
    data = b"ab\x00c" + "d" * len(argv)
    print data, repr(data), len(data), data[0], repr(data[2])
    print data == "ab\x00cd", b"x" == "x", type(b"x") is str
    for ch in b"hi":
        print ch,
    print
    print bytes(len(argv)), repr(bytes("q"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
