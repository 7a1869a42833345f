# The class protocols of enum.Flag and IntFlag in translated code: list(Perm), len(Perm),
# `m in Perm` and `for m in Perm` are the metaclass's (the members), while a Flag value's own
# __iter__, __len__ and __contains__ (its single-bit members) serve the values.
import sys
from enum import Flag, IntFlag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


def main():
    print(list(Perm), len(Perm), len(Mode))
    print(Perm.R in Perm, Mode.WRITE in Mode, Perm.X not in Perm)
    rw = Perm.R | Perm.W
    print(list(rw), len(rw), Perm.W in rw, Perm.X in rw, Perm.X not in rw)
    for m in Perm.R | Perm.X:
        print(m.name, m.value)
    print([m.name for m in Mode], [m.value for m in Perm])
    pick = Perm.R if len(sys.argv) > 5 else Perm.X
    print(pick in Perm, [p.name for p in Perm if p is not pick])
    total = 0
    for m in Mode:
        total += m.value
    print(total, sorted([m.value for m in Perm]))


main()
