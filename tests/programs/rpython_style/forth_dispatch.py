# python2
# A Forth-like machine: a dict of bound methods as the dispatch table, unrolling_iterable, mixins.
import os
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.objectmodel import always_inline


class StackMixin(object):
    _mixin_ = True

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def peek(self):
        return self.stack[-1]


class ForthError(Exception):
    def __init__(self, msg):
        self.msg = msg


ARITH = unrolling_iterable([('+', 'add'), ('-', 'sub'), ('*', 'mul')])


class Machine(StackMixin):
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        self.prims = {
            'dup': self.w_dup,
            'drop': self.w_drop,
            'swap': self.w_swap,
            '.': self.w_dot,
            'over': self.w_over,
        }

    def w_dup(self):
        self.push(self.peek())

    def w_drop(self):
        self.pop()

    def w_swap(self):
        a = self.pop()
        b = self.pop()
        self.push(a)
        self.push(b)

    def w_over(self):
        a = self.pop()
        b = self.pop()
        self.push(b)
        self.push(a)
        self.push(b)

    def w_dot(self):
        self.out.append(str(self.pop()))

    @always_inline
    def arith(self, name):
        b = self.pop()
        a = self.pop()
        for sym, op in ARITH:
            if name == sym:
                if op == 'add':
                    self.push(a + b)
                elif op == 'sub':
                    self.push(a - b)
                else:
                    self.push(a * b)
                return True
        return False

    def run(self, words):
        i = 0
        while i < len(words):
            w = words[i]
            i += 1
            if w == ':':
                name = words[i]
                j = i + 1
                while words[j] != ';':
                    j += 1
                self.words[name] = words[i + 1:j]
                i = j + 1
                continue
            if w in self.prims:
                self.prims[w]()
            elif w in ('+', '-', '*'):
                self.arith(w)
            elif w in self.words:
                self.run(self.words[w])
            else:
                try:
                    self.push(int(w))
                except ValueError:
                    raise ForthError("unknown word " + w)


def entry_point(argv):
    m = Machine()
    src = ": square dup * ; : cube dup square * ; 3 square . 4 cube . 1 2 over . . . 10 3 - . 7 swap"
    try:
        m.run(src.split())
    except ForthError as e:
        m.out.append("error: " + e.msg)
    os.write(1, " ".join(m.out) + "\n")
    m2 = Machine()
    try:
        m2.run("1 2 + . nosuch".split())
    except ForthError as e:
        m2.out.append("error: " + e.msg)
    os.write(1, " ".join(m2.out) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
