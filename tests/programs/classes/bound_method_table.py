# python2
# Bound methods as values: a dispatch table (a dict of several bound methods of one instance),
# a list of them, a local holding one, an attribute holding one of another object.
class VM(object):
    def __init__(self):
        self.acc = 0
        self.table = {0: self.op_add, 1: self.op_sub, 2: self.op_show}
        self.ops = [self.op_add, self.op_add]

    def op_add(self, x):
        self.acc += x
        return self.acc

    def op_sub(self, x):
        self.acc -= x
        return self.acc

    def op_show(self, x):
        print "acc", self.acc, x
        return 0

    def run(self, code):
        for op, arg in code:
            f = self.table[op]
            f(arg)
        return self.ops[0](1)


class Handler(object):
    def __init__(self):
        self.count = 0

    def error(self, line, msg):
        self.count += 1
        print "error", line, msg


class Scanner(object):
    def __init__(self, on_error=None):
        self.on_error = on_error

    def scan(self):
        if self.on_error:
            self.on_error(1, "bad")
            return True
        return False


def entry_point(argv):
    h = Handler()
    print Scanner(on_error=h.error).scan(), Scanner().scan(), h.count
    try:
        Scanner().on_error(2, "x")
    except TypeError as e:
        print "TypeError", e
    vm = VM()
    print vm.run([(0, 5), (1, 2), (2, 9), (0, 10), (2, 0)])
    g = vm.op_sub
    print g(1), vm.acc
    return 0

def target(*args):
    return entry_point, None

if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
