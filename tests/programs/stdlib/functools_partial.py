# functools.partial in translated code: positional and keyword binding (the call's keywords win),
# partial of a lambda, of a closure, of a builtin and of a bound method, partials kept in a list
# and passed to other functions.
import functools
from functools import partial


def power(base, exp):
    return base ** exp


def greet(greeting, name, punct="!"):
    return "%s, %s%s" % (greeting, name, punct)


def log(level, *parts):
    s = level + ":"
    for p in parts:
        s += " " + p
    return s


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, a, b):
        self.total += a * b
        return self.total


def apply_all(fs, x):
    return [f(x) for f in fs]


def main():
    square = functools.partial(power, exp=2)
    cube_of_2 = functools.partial(power, 2)
    print(cube_of_2(3), cube_of_2(exp=5))
    print([square(x) for x in (1, 2, 3)] + [functools.partial(lambda a, b: a * b, 2)(3)])
    print(square(3, exp=3))  # the call's keyword wins
    hello = partial(greet, "Hello")
    print(hello("Ann"), hello("Bob", punct="?"), hello(name="Cy"))
    print(partial(greet, punct=".")("Hi", "Di"))
    warn = partial(log, "WARN")
    print(warn("disk", "full"))
    print(warn())
    k = 10
    addk = partial(lambda a, b: a + b + k, 1)
    print(addk(2))
    to_int = partial(int)
    print(to_int("42") + 1)
    biggest = partial(max, 5)
    print(biggest(3), biggest(7, 9))
    acc = Acc()
    add3 = partial(acc.add, 3)
    print(add3(2), add3(4), acc.total)
    fs = [partial(power, 2), partial(power, 3)]
    print([f(4) for f in fs])
    print(apply_all([partial(power, exp=2), partial(power, exp=3)], 2))


main()
