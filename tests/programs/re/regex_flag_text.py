# Python 3's re flags are re.RegexFlag members: ints everywhere, but `|`, `&`, `^` with an int and
# `~` give flags, whose text names them (annotate/regex_flags.cpp, modules/objects/regex_flag.hpp).
import re
import sys

AT_IMPORT = [str(re.I), repr(re.M | re.S), format(re.X), "%s" % re.A, f"{re.I | re.M}", str(~re.I)]
print(AT_IMPORT)
print(re.I, re.M | re.S, re.I & re.M, re.I | 0, 0 | re.I, re.I ^ 3, True | re.I, re.I | 1024, re.NOFLAG)
print(int(re.I), re.I + 1, -re.I, +re.I, abs(re.I), re.I * 2, re.I // 1, re.I == 2, hash(re.I) == 2)
print("%d" % re.I, f"{re.I:>4}", format(re.I, "x"), [str(f) for f in [re.I, re.M]])


def combine(n):
    flags = re.I
    if n > 3:
        flags = flags | re.M
    return flags


def plain(n):
    flags = 0
    if n > 1:
        flags |= re.I
    return int(flags)


def show(f):
    return "<%s> <%r> <%d>" % (f, f, f)


def main(argv):
    n = len(argv)
    f = combine(n)
    print(f, repr(f), str(f), format(f), format(f, ""), f"{f}", f"{f!r}", f"[{f!s:>16}]", f"{f:>3}")
    print(show(f), show(re.A | re.I), "%s" % f)
    g = f | re.S
    print(g, g & re.S, ~g, ~re.NOFLAG, ~(f | 1024), g + 0, g * 1, int(g) | 1)
    print(plain(n), plain(n) + 100)
    p = re.compile("a+", f)
    print(p.flags, p.match("AAa") is not None, re.compile("b", re.I | re.A).flags)
    d = {re.I: "ignore", re.M: "multi"}
    print(d[f & re.I], d.get(2, "?"), 2 in d, [re.I, re.M].index(8))
    print(sum([re.I, re.M]), max(re.I, re.M), min(f, re.S), sorted([re.M, re.I]) == [2, 8])


main(sys.argv)
