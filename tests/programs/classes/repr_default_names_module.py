# repr() and str() of an instance whose class defines no __repr__ name the class with its module,
# as Python does: <__main__.Point object at 0x...> (rpy printed <Point object at 0x...>).


class Point:
    def __init__(self, x):
        self.x = x


class Labelled(Point):
    def __str__(self):
        return "L%d" % self.x


def head(s):
    return s.split(" at 0x")[0]


def main():
    p = Point(1)
    print(head(repr(p)), head(str(p)), head("%s" % p), head(f"{p!r}"))
    print(head(repr(Labelled(2))), str(Labelled(2)))
    print(head(repr([p])[1:]))


main()
