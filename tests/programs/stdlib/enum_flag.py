# enum.Flag and IntFlag (python3 3.11's): members, |, &, ^, ~ (pseudo-members made once per
# value), `in`, iteration over a value's members, bool(), int(), str(), repr(), format(), the
# class's iteration (single-bit members only), bits beyond the members dropped (3.11.2); IntFlag's operators at import time only
# (the class protocols in translated code: flag_class_protocols.py).
import sys
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


AT_IMPORT = [repr(Perm.R | Perm.W), str(~Perm.R), repr(Color.WHITE), repr(Mode.READ | 8), str(Mode.WRITE),
             repr(list(Perm)), len(Perm), repr(list(Color)), Color.WHITE in Color, repr(~Mode.READ),
             repr(Mode.READ | Mode.EXEC), int(Mode.EXEC), repr(Mode(3)), str(Mode(3)), format(Mode(3), '>4')]


def describe(p):
    names = [m.name for m in p]
    return '%r %s %s %s %d' % (p, p, bool(p), names, len(p))


def main():
    print(AT_IMPORT)
    rw = Perm.R | Perm.W
    print(describe(rw))
    print(describe(Perm.R & Perm.W))
    print(describe(~rw), describe(~Perm.X))
    print(Perm.R in rw, Perm.X in rw, (Perm.R | Perm.X) in rw)
    print(rw is Perm(6), rw == Perm(6), rw ^ Perm.R is Perm.W)
    print(repr(Color.RED | Color.GREEN), repr(~Color.RED), repr(Color(7)), Color.WHITE.name)
    n = len(sys.argv) + 2
    print(repr(Perm(8 * n)), repr(Perm(8 + n)), repr(Perm(-n)))
    value = Perm(0)
    for p in [Perm.X, Perm.W, Perm.R]:
        value = value | p
        print(repr(value), str(value))


main()
