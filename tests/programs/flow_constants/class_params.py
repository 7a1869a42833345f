# python2
# A function testing isinstance(x, cls) against a class it receives as an argument: one graph per
# constant class passed (RPython tests it at run time; the answers are the same).
import os


class Animal(object):
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


class Cat(Animal):
    pass


class Puppy(Dog):
    pass


def count(items, cls):
    n = 0
    for it in items:
        if isinstance(it, cls):
            n += 1
    return n


def names_of(items, cls, sep):
    out = []
    for it in items:
        if isinstance(it, cls):
            out.append(it.name)
    return sep.join(out)


def first_of(items, kind):
    for it in items:
        if isinstance(it, (kind, Cat)):
            return it.name
    return "none"


def entry_point(argv):
    items = [Dog("rex"), Cat("tom"), Puppy("bit"), Animal("generic"), Cat("kit")]
    os.write(1, "%d %d %d %d\n" % (count(items, Dog), count(items, Cat), count(items, Puppy), count(items, Animal)))
    os.write(1, names_of(items, Cat, ",") + " " + names_of(items, Dog, "+") + "\n")
    os.write(1, first_of(items, Puppy) + " " + first_of(items, Dog) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
