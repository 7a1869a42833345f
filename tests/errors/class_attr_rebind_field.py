# A class attribute rebound at run time that instances of a subclass also set as their own: a
# field with a class-level default cannot follow the class's current value, so rpy refuses.
import sys


class Base:
    tag = "b"


class Other(Base):
    def __init__(self):
        self.tag = "o"


def main():
    Base.tag = "x"
    x = Other() if len(sys.argv) > 3 else Base()
    print(x.tag)


main()
