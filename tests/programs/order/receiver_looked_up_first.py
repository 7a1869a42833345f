# obj.m(args): Python looks m up on obj before it evaluates the arguments, so a receiver that is
# None raises AttributeError before any argument runs; when it is not None, the arguments run in
# order as usual.


class Counter:
    def __init__(self, n):
        self.n = n

    def add(self, a, b):
        self.n += a + b
        return self.n


def make(n):
    if n > 0:
        return Counter(n)
    return None


def arg(tag):
    print("arg", tag)
    return 1


def attempt(n):
    c = make(n)
    try:
        print(c.add(arg("first"), arg("second")))
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(make(n).add(arg("third"), 2))
    except AttributeError as e:
        print("AttributeError:", e)


attempt(1)
attempt(0)
