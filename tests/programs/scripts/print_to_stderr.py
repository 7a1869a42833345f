# stderr-ok
# print(..., file=sys.stderr): the line goes to stderr, not stdout (after what stdout holds); flush= is accepted.
import sys


class Loud:
    def __str__(self):
        return "loud"


def main():
    print("out 1")
    print("err", 3, Loud(), file=sys.stderr)
    print("out 2", file=sys.stdout, flush=True)
    sys.stderr.write("w\n")
    print("out 3")
    print("a", "b", sep="-", end="!\n", file=sys.stderr)


main()
