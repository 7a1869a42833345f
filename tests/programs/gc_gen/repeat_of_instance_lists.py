# --gc=gen: l * n of a list of instances where the display is not filled by list_filled (the count
# read from an attribute: rpy::list_repeat). list_repeat held the operand list unrooted while it
# allocated the result and stored the items without the barrier: under RPY_GC_STRESS=2 the operand
# was freed by the major collection of that allocation (a segfault; found through
# jit/jit_object_vm.py's Frame, which this session's hint()/promote() admission let translate).
# gen_list_repeat roots it. Run under the stress modes and the small nurseries.


class W(object):
    def __init__(self, v):
        self.v = v


class M(object):
    def __init__(self, n):
        self.nlocals = n


class Frame(object):
    def __init__(self, method, size):
        self.stack = [None] * size
        self.locals = [None] * method.nlocals


def main():
    t = 0
    for i in range(200):
        f = Frame(M(i % 5 + 1), 3)
        f.locals[0] = W(i)
        f.stack[1] = W(i)
        t += f.locals[0].v + len(f.locals) + f.stack[1].v
    print(t)


main()
