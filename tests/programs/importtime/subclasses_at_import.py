# C.__subclasses__() at import time: the direct subclasses still alive, in creation order (was
# refused; before that it answered [] where python3 prints ['A', 'B', 'D']).
class Base(Exception):
    pass


class A(Base):
    pass


class B(Base):
    pass


class C(A):  # a subclass of A: not a direct subclass of Base
    pass


D = type("D", (Base,), {"extra": 1})  # made by type(): listed too


class Meta(type):
    pass


class Root(metaclass=Meta):
    pass


class Leaf1(Root):
    pass


class Leaf2(Root, Base):  # two bases: listed by both
    pass


def make_local():
    class Local(Root):
        pass

    return Local


KEEP = make_local()  # kept alive: listed after Leaf2

NAMES = [c.__name__ for c in Base.__subclasses__()]
for _c in Base.__subclasses__():
    _c.label = _c.__name__.lower() + "!"
ROOTS = [c.__name__ for c in Root.__subclasses__()]
EMPTY = [c.__name__ for c in C.__subclasses__()]
A_SUBS = [c.__name__ for c in A.__subclasses__()]
LABELS = [A().label, B().label, D().label, Leaf2().label, C().label]


def main():
    print(NAMES)
    print(ROOTS)
    print(EMPTY, A_SUBS)
    for s in LABELS:
        print(s)


main()
