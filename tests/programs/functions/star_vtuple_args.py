# f(*t) where t is a tuple whose length is known only at run time, into a function, a method or a
# class with fixed parameters: its items are the arguments after those given before it, and a
# count that does not fill the parameters raises Python's TypeError (naming what is missing, or
# how many were given), before the function runs.


def f(a, b):
    print("f runs")
    return a * 10 + b


def one(s):
    return s.upper()


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)


def attempt(n):
    t = tuple(range(n))
    try:
        print(f(*t))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(f(7, *t))
    except TypeError as e:
        print("TypeError:", e)
    try:
        p = P(*t)
        d = tuple([n, -n])
        q = p.move(*d)
        print(q.x, q.y)
    except TypeError as e:
        print("TypeError:", e)


def main():
    for n in range(4):
        attempt(n)
    words = tuple(w for w in "a b".split() if w != "b")
    print(one(*words))
    pair = tuple(int(c) for c in "34")
    back = pair[::-1]
    print(f(*pair) + f(*back))


main()
