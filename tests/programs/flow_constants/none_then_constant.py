# python2
# A local that holds None on one path and an int (or a bool, a str, a float) on another, used only
# where the constant it holds decides the outcome, as in Pystone's Proc2: RPython's flow space
# keeps such a local a constant on each path and folds every test on it, so it never has to merge
# None with an int. Uses: == and != with a constant, `is None`, truth, `not`, and/or chains,
# ordering comparisons, narrowing copies in loops, reads where only mergeable constants reach.
import os

Ident1, Ident2, Ident3 = range(1, 4)


class G(object):
    pass

g = G()
g.Char1Glob = 'A'
g.IntGlob = 3


def proc2(IntParIO):
    IntLoc = IntParIO + 10
    EnumLoc = None  # addition for flow space
    while 1:
        if g.Char1Glob == 'A':
            IntLoc = IntLoc - 1
            IntParIO = IntLoc - g.IntGlob
            EnumLoc = Ident1
        if EnumLoc == Ident1:
            break
    return IntParIO


def classify(n):
    kind = None
    if n < 0:
        kind = 0
    elif n > 100:
        kind = 2
    if kind is None:
        return "normal"
    if kind == 0:
        return "negative"
    if kind != 2:
        return "impossible"
    return "large"


def count_after_negative(values):
    seen = None
    count = 0
    for v in values:
        if v < 0:
            seen = True
        if seen:
            count += 1
    return count


def first_flag(values):
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    v = 0
    flag = None
    for v in values:
        if v == 7:
            flag = 'seven'
            break
        if v == 0:
            flag = 0
            break
    if not flag:
        return "zero or nothing"
    if flag == 'seven' and v > 0:
        return "found seven"
    return "?"


def ordered(c):
    level = None
    if c == 'x':
        level = 2.5
    elif c == 'y':
        level = 10
    # Python 2 orders None below every number
    if level > 5:
        return "high"
    if level < 1:
        return "none"
    return "low"


def narrowed_read(c):
    x = None
    if c:
        x = 40
    if x is not None:
        return x + 2  # only 40 reaches here
    return -1


def either_or(a, b):
    mode = None
    if a:
        mode = 1
    elif b:
        mode = "b"
    if mode == 1 or mode == "b":
        return "set"
    if mode is None and not a:
        return "unset"
    return "?"


def entry_point(argv):
    os.write(1, "proc2 %d\n" % proc2(5))
    for n in [-5, 50, 500]:
        os.write(1, classify(n) + "\n")
    os.write(1, "%d %d\n" % (count_after_negative([1, 2, -3, 4, 5]), count_after_negative([1, 2])))
    for vs in [[1, 7, 3], [4, 0, 7], [1, 2]]:
        os.write(1, first_flag(vs) + "\n")
    for c in ['x', 'y', 'z']:
        os.write(1, ordered(c) + "\n")
    os.write(1, "%d %d\n" % (narrowed_read(True), narrowed_read(False)))
    os.write(1, "%s %s %s\n" % (either_or(True, False), either_or(False, True), either_or(False, False)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
