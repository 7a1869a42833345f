# python2
# Lists sorted while the module is imported (rpy's evaluator) end in the interpreter's order too,
# NaNs among the floats included.
NAN = float('nan')
SEEDS = []
s = 99
for i in range(3000):
    s = (s * 1103515245 + 12345) % 2147483648
    SEEDS.append(NAN if s % 17 == 0 else float((s >> 8) % 500) / 4.0)
ASC = sorted(SEEDS)
DESC = sorted(SEEDS, reverse=True)
BYNEG = sorted(SEEDS, key=lambda x: -x)


def digest(xs):
    h = 0
    for x in xs:
        v = -1 if x != x else int(x * 4)
        h = (h * 31 + v + 7) % 1000000007
    return h


def main():
    print(digest(ASC), digest(DESC), digest(BYNEG))
    print(ASC[:12])


def entry_point(argv):
    main()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
