# python2
def opcode(num):
    def deco(fn):
        fn.opnum = num
        fn.is_op = True
        return fn
    return deco


@opcode(1)
def op_push(stack, arg):
    stack.append(arg)


@opcode(2)
def op_add(stack, arg):
    b = stack.pop()
    a = stack.pop()
    stack.append(a + b)


@opcode(3)
def op_dup(stack, arg):
    """Duplicate the top."""
    stack.append(stack[-1])


OPS = [op_push, op_add, op_dup]


def counted(fn):
    def wrapper(x):
        wrapper.hits += 1
        return fn(x)
    wrapper.hits = 0
    wrapper.func_name = fn.func_name
    return wrapper


@counted
def twice(x):
    return 2 * x


def entry_point(argv):
    stack = []
    prog = [(1, 4), (1, 5), (2, 0), (3, 0), (2, 0)]
    for code, arg in prog:
        for op in OPS:
            if op.opnum == code:
                op(stack, arg)
    print stack
    for op in OPS:
        print op.func_name, op.__name__, op.opnum, op.is_op, op.__doc__
    for i in range(len(argv) + 3):
        twice(i)
    print twice.func_name, twice.hits, twice.__module__
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
