# Nested functions see an enclosing variable's current value, as in Python, not its value when
# the def ran: a variable rebound after the def, or bound in a loop, is shared with the closures
# (a cell). A variable bound once, before the def, behaves the same either way.
from __future__ import print_function
def rebound_after_def(n):
    x = 1

    def get():
        return x + n

    x = 2
    first = get()
    x = 10
    return first, get()


def made_in_loop():
    fs = []
    for i in range(3):
        def h():
            return i * 100
        fs.append(h)
    return [f() for f in fs]


def in_comprehension():
    fs = [lambda: k for k in range(4)]
    return [f() for f in fs]


def param_rebound(s):
    def shout():
        return s.upper() + "!"

    before = shout()
    s = s + " again"
    return before + " / " + shout()


def outlives_its_function(start):
    count = start

    def get():
        return count

    count = count * 2
    return get


def chain(a):
    def middle():
        def inner():
            return a
        return inner

    f = middle()
    a = a + 1
    return f()


def counter_in_list():
    state = [0]

    def bump():
        state[0] += 1
        return state[0]

    bump()
    bump()
    return bump()


def gen_with_closure(n):
    scale = 1

    def scaled(v):
        return v * scale

    scale = 3
    for i in range(n):
        yield scaled(i)


def fixed(v):
    y = v * 2

    def get():
        return y

    return get()


def entry_point(argv):
    print(rebound_after_def(5))
    print(made_in_loop())
    print(in_comprehension())
    print(param_rebound("hi"))
    g = outlives_its_function(21)
    print(g())
    print(chain(7))
    print(counter_in_list())
    print([v for v in gen_with_closure(4)])
    print(fixed(4))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
