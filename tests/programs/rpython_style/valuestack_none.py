# python2
# A value stack of instances whose popped slots are set back to None (PyPy's frames do this).
class W(object):
    def __init__(self, v):
        self.v = v

class F(object):
    def __init__(self):
        self.stack = [None] * 4
        self.depth = 0
    def push(self, w):
        self.stack[self.depth] = w
        self.depth += 1
    def pop(self):
        self.depth -= 1
        w = self.stack[self.depth]
        self.stack[self.depth] = None
        return w

def entry_point(argv):
    f = F()
    f.push(W(3))
    print f.pop().v
    return 0

def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
