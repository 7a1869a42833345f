from __future__ import print_function
import sys

def plain(x):
    return x + 1

def make_adder(n):
    return lambda x: x + n

def outer(k):
    def middle(a):
        def inner(b):
            return a + b + k
        return inner(1)
    return middle(10)

def fact_maker(base):
    def fact(n):
        if n <= 1:
            return base
        return n * fact(n - 1)
    return fact

def gen_maker(limit):
    def gen(step):
        i = 0
        while i < limit:
            yield i
            i += step
    return gen

def entry_point(argv):
    idx = len(argv)
    pairs = [[3, 1], [1, 2], [2, 0]]
    print(sorted(pairs, key=lambda p: p[idx]))
    fs = [plain, make_adder(5), make_adder(idx * 100)]
    for f in fs:
        print(f(1))
    g = plain if idx > 5 else make_adder(7)
    print(g(2))
    print(outer(100))
    print(fact_maker(1)(5), fact_maker(2)(4))
    print([x for x in gen_maker(10)(3)])
    h = None
    if idx > 0:
        h = make_adder(3)
    if h:
        print(h(4))
    return 0

def target(*args):
    return entry_point, None

if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
