# A parameter given values of kinds that cannot share a type (an instance and a number, a str and
# an int) gets a graph per kind: operator overloading with scalars, print helpers, recursion.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return Vec(self.x + other, self.y + other)

    def __radd__(self, other):
        return self + other

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return False
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def show(label, value):
    if isinstance(value, Vec):
        print(label, "vector", value.x, value.y)
    elif isinstance(value, str):
        print(label, "text", value.upper())
    else:
        print(label, "number", value)


def describe(x):
    # no isinstance: operations both kinds have
    return "<" + str(x) + ">"


def twice(f, x):
    return f(f(x))


def depth(x, n):
    if n == 0:
        return [x]
    return depth(x, n - 1) + [x]


def pad(s, width=8, fill="."):
    return str(s).rjust(width, fill)


log = []


def record(kind, what):
    log.append("%s:%s" % (kind, what))
    return len(log)


v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v + 10, 5 + v)
print(v * w, v * 3, v * 0.5)
print(v == w, v == Vec(1, 2), v == 3, v == "Vec")
show("a", v)
show("b", "hello")
show("c", 42)
show("d", 2.5)
show("e", True)
print(describe(3), describe("x"), describe(v), describe(1.5), describe([1, 2]), describe(None))
print(twice(lambda s: s + "!", "hi"), twice(lambda n: n * 3, 2))
print(depth("a", 2), depth(7, 1), len(depth(v, 3)))
print(pad(42), pad("abc", 5), pad(3.25, fill="0"), pad(v, 12, " "))
print(record("n", 1), record("s", "two"), record("v", v), record(1, 2))
print(log)
total = 0
for item in [1, 2, 3]:
    total = total + item
print(sum([v, w], Vec(0, 0)))
