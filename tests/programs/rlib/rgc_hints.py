# python2
# rpython.rlib.rgc: collect/disable/enable are hints (the collector decides), isenabled follows
# them, the decorators keep their function, ll_arraycopy copies list items (also within one list,
# overlapping, both ways) and ll_shrink_array gives a shorter copy; at import time and translated.
from rpython.rlib import rgc


class Node(object):
    def __init__(self, v):
        self.v = v

    @rgc.must_be_light_finalizer
    def __del__(self):
        pass


@rgc.no_collect
def add(a, b):
    return a + b


rgc.collect()
AT_IMPORT = rgc.isenabled()


def entry_point(argv):
    nodes = [Node(i) for i in range(5)]
    rgc.collect()
    rgc.disable()
    print AT_IMPORT, rgc.isenabled(), add(2, 3)
    rgc.enable()
    rgc.add_memory_pressure(1024)
    print rgc.isenabled(), [n.v for n in nodes]
    src = [1, 2, 3, 4, 5, 6]
    dst = [0] * 8
    rgc.ll_arraycopy(src, dst, 1, 2, 4)
    print dst
    rgc.ll_arraycopy(src, src, 0, 2, 4)
    print src
    rgc.ll_arraycopy(src, src, 2, 0, 4)
    print src, rgc.ll_shrink_array(src, 3 + len(argv) - 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
