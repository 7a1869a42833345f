# python2
# rpython.rlib.mutbuffer.MutableStringBuffer: a fixed-size string filled in place with setitem
# and setslice (starting as NUL characters), finished once.
from rpython.rlib.mutbuffer import MutableStringBuffer


def build(n, word):
    buf = MutableStringBuffer(n)
    buf.setslice(0, word)
    buf.setitem(n - 1, '!')
    if n > len(word) + 2:
        buf.setitem(len(word), '-')
    return buf


def entry_point(argv):
    buf = build(10, "hello")
    print buf.getlength(), buf.readonly
    s = buf.finish()
    print repr(s), buf.readonly
    try:
        buf.finish()
    except ValueError as e:
        print "ValueError:", str(e)
    try:
        buf.as_str()
    except ValueError as e:
        print "ValueError:", str(e)
    print repr(build(len(argv) + 6, "abc").finish())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
