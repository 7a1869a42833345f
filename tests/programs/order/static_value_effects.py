# An expression whose value the annotator knows (None, a class attribute, a decided isinstance(),
# a constant class) still evaluates its effects, in Python's order.
import sys

log = []


def note(x):
    log.append(x)
    print('note', x)
    return x


def nothing(x):
    log.append(x)
    print('nothing', x)


class C(object):
    kind = 7

    def __init__(self, n):
        print('init', n)
        self.n = n


class D(C):
    pass


def make(n):
    print('make', n)
    return C(n)


def main():
    print(nothing(1) is None)
    print(nothing(2) is not None, note(3))
    print(note(4), nothing(5))
    print(C(1).kind, make(2).kind, D(3).kind)
    print(isinstance(make(4), C), isinstance(note(5), int))
    print(type(make(5)) is C, type(make(6)).__name__)
    x = nothing(7)
    print(x)
    t = (note(8), nothing(9), note(10))
    print(t)
    print(note(11) + len([nothing(12), None]))
    print([nothing(13), nothing(14)])
    d = {note(15): nothing(16)}
    print(d)
    print(-C(8).kind, not make(9).kind)
    print((nothing(17), note(18), note(19)))  # operands after the known one stay in order
    print(len(log))
    return nothing(0)


if __name__ == '__main__':
    sys.exit(main())
