# Unpacking anything Python iterates: an instance of a class with __iter__ (a generator method or
# iter() of a tuple), a dict (its keys), a set; too many or too few items raise ValueError.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __iter__(self):
        print("iter")
        yield self.x
        print("second")
        yield self.y
        print("done")

class Pair:
    def __init__(self, a, b):
        self.x = a
        self.y = b
    def __iter__(self):
        return iter((self.x, self.y))

class Three:
    def __iter__(self):
        return iter([1, 2, 3])

def main():
    x, y = Vec(1.5, 2)
    print(x, y)
    a, *rest = Vec(3, 4)
    print(a, rest)
    try:
        p, q = Three()
    except ValueError as e:
        print("ValueError:", e)
    try:
        p, q, r, s = Three()
    except ValueError as e:
        print("ValueError:", e)
    k1, k2 = {'a': 1, 'b': 2}
    print(k1, k2)
    s1, = {9}
    print(s1)
    (u, v), w = [Pair(1, 2), Pair(3, 4)]
    print(u, v, w.x)
main()


def more():
    it = iter((3, 4, 5))
    print(next(it), list(it))
    a, b = iter(('x', 'y'))
    print(a + b)


more()
