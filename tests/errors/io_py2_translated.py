# A Python 2 program may import io, but not call io.StringIO/io.open: Python 2.7's StringIO
# takes unicode only, and rpy gives io to Python 3 scripts only.
import io


def main(argv):
    buf = io.StringIO()
    buf.write(u"%d args" % len(argv))
    print buf.getvalue()
    return 0


def target(*args):
    return main, None
