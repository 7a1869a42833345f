# stderr-ok
# More of RPYTHON.md section 6: instantiate, int_between, string_to_int with ParseStringError,
# r_ordereddict, debug_print/debug_start/debug_stop, fdopen_as_stream, formatd, and the
# Exception.__init__(self, msg) idiom of user exceptions.
from __future__ import print_function
from rpython.rlib.rstring import ParseStringError
from rpython.rlib.rarithmetic import int_between, string_to_int
from rpython.rlib.objectmodel import instantiate, r_ordereddict
from rpython.rlib.debug import debug_start, debug_stop, debug_print
from rpython.rlib.streamio import fdopen_as_stream
from rpython.rlib.rfloat import formatd, DTSF_ADD_DOT_0


class Node(object):
    def __init__(self):
        self.x = 5
        self.kids = []


class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code


def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(string_to_int(s))
        except ParseStringError as e:
            out.append(-1)
    return out


def key_eq(a, b):
    return a.lower() == b.lower()


def key_hash(a):
    return len(a)


def entry_point(argv):
    print(int_between(1, 2, 3), int_between(1, 5, 3), int_between(0, 0, 1))
    print(parse_all(["123", "-7", "12x3", "", " 42 "]))
    n = instantiate(Node)
    n.x = 3
    n.kids = [1]
    print(n.x, n.kids)
    d = r_ordereddict(key_eq, key_hash)
    d["Yes"] = 1
    d["no"] = 2
    d["YES"] = 3
    print(len(d), d["yes"], d["NO"])
    debug_start("section")
    debug_print("to stderr", 3, 4.5)
    debug_stop("section")
    s = fdopen_as_stream(1, "w")
    s.write("streamed\n")
    s.flush()
    print(formatd(3.14159, 'f', 2), formatd(2.5, 'e', 3), formatd(1e20, 'g', 6), formatd(3.0, 'g', 6, DTSF_ADD_DOT_0))
    try:
        raise AppError(7, "it failed")
    except AppError as e:
        print(e.code, str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
