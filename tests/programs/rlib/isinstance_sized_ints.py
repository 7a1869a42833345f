# isinstance() with rarithmetic's unsigned and sized int classes: decided by the value's type, as
# RPython's annotator does (an r_uint is an instance of r_uint, a plain int is not).
from __future__ import print_function
import sys
from rpython.rlib.rarithmetic import r_uint, r_uint32, r_int8, r_ulonglong


def describe(x):
    if isinstance(x, r_uint):
        return "unsigned word"
    return "other"


def entry_point(argv):
    u = r_uint(len(argv))
    print(isinstance(u, r_uint), isinstance(len(argv), r_uint), isinstance(r_uint32(3), r_uint32))
    print(isinstance(r_uint32(3), r_uint), isinstance(r_int8(3), r_int8), isinstance(r_int8(3), r_uint32))
    print(isinstance(u, r_int8), isinstance(u, (int, r_uint)), isinstance(u, r_ulonglong))
    print(describe(u), describe(r_uint(7) * u))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
