# same-stderr
# sys.exit("text") and SystemExit("text"): e.code is the text; uncaught, the text is printed to
# stderr and the exit status is 1.
import sys


def check(s):
    if not s:
        sys.exit("error: empty input (%d args)" % len(sys.argv))
    try:
        raise SystemExit("inner " + s)
    except SystemExit as e:
        print("caught:", e.code, len(e.code))


def main():
    check("x")
    print("done")
    sys.stdout.flush()
    check("")
    print("not reached")


main()
