# IntFlag | & ^ ~ in translated code give members of the class (python3.11: repr <IP.A|C: 5>,
# isinstance/type, repr in containers, %r/!r, pseudo-members with bits beyond the members made
# once per value: <IP.A|8: 9>), int arithmetic on them gives ints, an IntEnum member on the left
# is int's operator (a plain int), hash() is the int's (Flag | int: flag_operand_error.py).
import enum


class IP(enum.IntFlag):
    A = 1
    B = 2
    C = 4


class Color(enum.Flag):
    RED = 1
    GREEN = 2
    BLUE = 4


class Op(enum.IntEnum):
    X = 1
    Y = 8


def show(v):
    print(repr(v), v, "%r" % (v,), "{!r}".format(v), [v], isinstance(v, IP), type(v) is IP, type(v).__name__)


def main(n):
    v = IP.A | IP.C
    show(v)
    show(IP.A & IP.C)
    show(IP.A ^ IP.B)
    show(~IP.A)
    show(v & IP.A)
    w = IP.B
    w |= IP.A
    show(w)
    print(v + 1, v * 2, v == 5, int(v), v in (IP.A, IP.C), IP.A in v)
    c = Color.RED | Color.BLUE
    print(repr(c), c, [c], isinstance(c, Color), type(c).__name__)
    print(repr(Color.RED & Color.BLUE), Color.RED & Color.BLUE, repr(~Color.RED), bool(Color.RED & Color.GREEN))
    flags = [IP.A, IP.B, IP.C]
    acc = IP.A & IP.B
    for f in flags[:n]:
        acc = acc | f
    show(acc)
    print(list(acc), len(acc))
    print(sorted([IP.C, IP.A | IP.B, IP.A]))


main(2)


def mixed(n):
    print(repr(IP.A | 8), repr(8 | IP.B), repr(IP.A | -1), repr(IP.A ^ -2), repr(IP.A | 16 | IP.B))
    x = IP.A | n
    print(repr(x), x == (IP.A | n), str(x), "%s %d %x" % (x, x, x), f"{x} {x!r} {x:>4}")
    print(repr(Op.X | Op.Y), repr(Op.Y | IP.A), repr(IP.A | Op.Y), repr(Op.Y & 9))
    vals = {}
    for i in range(n + 3):
        vals[IP.A | i] = i
    print(sorted([repr(k) for k in vals]))
    print(hash(IP.A | IP.B) == hash(3), (IP.A | IP.B) == 3, (IP.A | IP.B) < 4)


mixed(32)


def more(n):
    print(hash(IP.A) == 1, hash(IP.A | IP.B), {IP.A | IP.C: 1}[IP.C | IP.A])


more(3)
