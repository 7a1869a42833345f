# python2
# import_from_mixin, _mixin_ classes, we_are_translated() guarding non-RPython code,
# debug_print, objectmodel helpers, r_uint arithmetic, ovfcheck with fallback to a big-int path.
import os
from rpython.rlib.objectmodel import import_from_mixin, we_are_translated, compute_identity_hash
from rpython.rlib.rarithmetic import r_uint, intmask, ovfcheck, LONG_BIT
from rpython.rlib.debug import debug_print, debug_start, debug_stop, make_sure_not_resized


class HashMixin(object):
    def hash_str(self, s):
        h = r_uint(5381)
        for c in s:
            h = (h << 5) + h + r_uint(ord(c))
        return intmask(h)


class ComparableMixin(object):
    _mixin_ = True

    def lt(self, other):
        return self.key() < other.key()

    def eq(self, other):
        return self.key() == other.key()


class Item(ComparableMixin):
    import_from_mixin(HashMixin)

    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def key(self):
        return self.weight


def safe_mul(a, b):
    try:
        return ovfcheck(a * b), False
    except OverflowError:
        return 0, True


def entry_point(argv):
    debug_start("demo")
    items = [Item("a", 3), Item("b", 1), Item("c", 2)]
    make_sure_not_resized(items)
    debug_print("items", len(items))
    debug_stop("demo")
    best = items[0]
    for it in items:
        if it.lt(best):
            best = it
    os.write(1, "lightest %s\n" % best.name)
    os.write(1, "%d\n" % items[0].hash_str("hello"))
    os.write(1, "%d %d\n" % (items[1].eq(items[1]), items[0].eq(items[2])))
    if not we_are_translated():
        import sys
        sys.stdout.flush()
    r, ovf = safe_mul(1 << 40, 1 << 30)
    os.write(1, "%d %s\n" % (r, "overflow" if ovf else "ok"))
    r, ovf = safe_mul(12345, 678)
    os.write(1, "%d %s\n" % (r, "overflow" if ovf else "ok"))
    os.write(1, "%d\n" % LONG_BIT)
    x = r_uint(0) - r_uint(1)
    os.write(1, "%d\n" % intmask(x >> 60))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
