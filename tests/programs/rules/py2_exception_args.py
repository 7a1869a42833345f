# python2
# e.args in Python 2.7: an __init__ of the program's that does not call the base's leaves args
# () (Halt), one that calls Exception.__init__(self, a, b) sets them; raise E, v; the runtime's
# raises; repr(e) of several arguments or of one that is not a string.


def target(driver, args):
    return entry_point, None


class Error(Exception):
    pass


class OpError(Error):
    def __init__(self, op, pc):
        Error.__init__(self, op, pc)
        self.op = op
        self.pc = pc


class StackError(Error):
    def __init__(self, depth):
        Error.__init__(self, 'stack underflow', depth)
        self.depth = depth


class Halt(Exception):
    def __init__(self, code):
        self.code = code


def run(prog):
    stack = []
    for pc in range(len(prog)):
        op = prog[pc]
        if op == 'push':
            stack.append(pc)
        elif op == 'pop':
            if not stack:
                raise StackError(pc)
            stack.pop()
        elif op == 'halt':
            raise Halt(len(stack))
        else:
            raise OpError(op, pc)
    return len(stack)


def entry_point(argv):
    for prog in [['push', 'pop'], ['pop'], ['push', 'jump'], ['push', 'halt']]:
        try:
            print 'ok', run(prog)
        except OpError, e:
            print 'op', e.args, e.args[0], e.args[1] + 1, str(e), repr(e)
        except Error, e:
            print 'error', e.args, len(e.args), repr(str(e)), repr(e), e.args[1] * 10
        except Halt, e:
            print 'halt', e.args, e.code, repr(str(e)), repr(e)
    try:
        raise ZeroDivisionError, 'bad value'
    except ZeroDivisionError, e:
        print 'value', e.args, e.args[0]
    try:
        print 1 / (len(argv) - len(argv))
    except ZeroDivisionError, e:
        print 'int', e.args
    try:
        raise IndexError('a', 'b')
    except IndexError, e:
        print 'index', e.args, str(e), repr(e), e.args[1]
    for i in range(3):
        try:
            if i == 0:
                raise RuntimeError(5)
            elif i == 1:
                raise RuntimeError(2.5)
            raise RuntimeError(None)
        except RuntimeError, e:
            print 'rt', repr(e), str(e)
    return 0


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
