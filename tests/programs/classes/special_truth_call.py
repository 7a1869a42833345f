# The truth of an instance calls __bool__, else __len__ (if, while, not, ternaries, and/or in a
# test, bool()); a variable that may be None is false when None; calling an instance calls
# __call__.
import sys


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __call__(self, x):
        self.items.append(x)
        return self


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__", self.on)
        return self.on


class Plain:
    pass


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return self.n + x + y


def find(bags, n):
    for b in bags:
        if len(b.items) == n:
            return b
    return None


def main():
    b = Bag()
    if not b:
        print("empty")
    b(1)(2)
    if b:
        print("full", len(b), b.items)
    print("yes" if b else "no", bool(b), bool(Bag()), not Bag())
    while b:
        b.items.pop()
    print(len(b), bool(b))
    f, t = Flag(False), Flag(True)
    if f or t:
        print("one is true")
    if f and t:
        print("unreachable")
    print(bool(Plain()), not Plain())
    bags = [Bag()(1), Bag()]
    for n in [0, 1, 2]:
        x = find(bags, n)
        if x:
            print(n, "found a non-empty bag")
        elif x is None:
            print(n, "found none")
        else:
            print(n, "found an empty bag")
    add = Adder(10)
    print(add(1), add(1, y=5), add(2, 3))
    return 0


if __name__ == '__main__':
    sys.exit(main())
