# --gc=gen: rpython.rlib.jit's promote(x) and hint(x, ...) given an instance. They were refused ("this
# call returning an instance"). Without --opt=jit (which --gc=gen refuses) each is x itself, so its
# result is checked as a use of x by the expression around it. An interpreter's style: a frame made
# per call (young), promoted and hinted, its fields read and written while the loop allocates.
# Run under the stress modes and the small nurseries.
from rpython.rlib.jit import hint, promote


class Code(object):
    def __init__(self, name, ops):
        self.name = name
        self.ops = ops


class Frame(object):
    def __init__(self, code, parent):
        self = hint(self, access_directly=True, fresh_virtualizable=True)
        self.code = code
        self.parent = parent
        self.stack = [0]
        self.pc = 0


def run(code, parent, n):
    frame = Frame(code, parent)
    c = promote(frame.code)
    total = 0
    while frame.pc < len(c.ops):
        op = c.ops[frame.pc]
        f = hint(frame, promote=True)
        f.stack.append(op * n)
        if op == 3 and n > 0:
            total += run(c, f, n - 1)  # a new frame allocated while frame and c are held
        f.pc += 1
    depth = 0
    p = promote(frame)
    while p is not None:
        depth += 1
        p = p.parent
    return total + sum(frame.stack) + depth


def main():
    code = Code("main", [1, 2, 3, 4])
    print(run(code, None, 6))
    other = promote(Code("other", [3, 3]))
    print(other.name, run(other, Frame(code, None), 4))


main()
