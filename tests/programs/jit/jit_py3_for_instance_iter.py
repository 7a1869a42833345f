# A merge point inside a for loop over an instance with __iter__/__next__ in a Python 3 script
# (docs/JIT.md 4.1; the Python 2 form: jit_for_instance_iter.py): next() is called inside a try
# catching StopIteration, the iterator and a flag are reds. Refused before session 18.
from rpython.rlib.jit import JitDriver

d1 = JitDriver(greens=[], reds="auto")


class Fib:
    def __init__(self, limit):
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


def digits(limit, stop):
    acc = 0
    count = 0
    for x in Fib(limit):
        d1.jit_merge_point()
        count += 1
        if x == stop:
            break
        acc = (acc * 10 + x % 10) % 1000000007
    else:
        count = -count
    return acc, count


print(digits(10 ** 15, -1))
print(digits(10 ** 15, 144))
print(digits(0, -1))
