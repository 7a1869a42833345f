# python2
# An RPython-style opcode table of functions with attributes: a lookup that may give None is
# narrowed by `is not None` (with no else), and where it is not, None raises AttributeError.
def opcode(num):
    def deco(fn):
        fn.opnum = num
        return fn
    return deco


@opcode(1)
def op_push(stack):
    stack.append(len(stack))


@opcode(2)
def op_add(stack):
    b = stack.pop()
    a = stack.pop()
    stack.append(a + b)


BYNAME = {"push": op_push, "add": op_add}


def run(names):
    stack = []
    for name in names:
        fn = BYNAME.get(name)
        if fn is not None:
            fn(stack)
            print fn.func_name, fn.__name__, fn.opnum, stack
    return stack


def probe(name):
    fn = BYNAME.get(name)
    try:
        return "%s:%d" % (fn.func_name, fn.opnum)
    except AttributeError as e:
        return "AttributeError: %s" % e


def entry_point(argv):
    run(["push", "push", "nop", "add", "push", "add"])
    print probe("add"), probe("mul")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
