# Sized ints of different signedness do not mix (RPython's compute_restype refuses them).
from rpython.rlib.rarithmetic import r_uint16, r_int16


def entry_point(argv):
    a = r_uint16(len(argv))
    b = r_int16(-1)
    print a + b
    return 0


def target(*args):
    return entry_point, None
