# python2
# Sized ints built at import time are constants of their type in translated code, also inside
# prebuilt lists and instances.
from rpython.rlib.rarithmetic import r_uint, r_uint8, r_int16, intmask, build_int

K = r_uint(1)
BIG = r_uint(1) << 63
MASKS = [r_uint8(1 << i) for i in range(8)]
U16 = build_int('U16', False, 16)
LIMIT = U16(65535)


class Config(object):
    def __init__(self):
        self.step = r_int16(-2)


CONFIG = Config()


def entry_point(argv):
    x = r_uint(len(argv)) + K
    print intmask(x) - 2, x, BIG + K
    total = r_uint8(0)
    for m in MASKS:
        total = total | m
    print total, MASKS[7], LIMIT + 1, CONFIG.step * 3
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
