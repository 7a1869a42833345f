# SystemExit's code: `except SystemExit as e: e.code` is the value given to sys.exit() or
# SystemExit() (None when none was given), and an uncaught SystemExit(n) exits with status n.
import sys


def stop(n):
    if n == 0:
        sys.exit()
    if n == 1:
        raise SystemExit(3)
    if n == 2:
        sys.exit(None)
    if n == 3:
        raise SystemExit()
    if n == 4:
        sys.exit(0)
    sys.exit(n * 100)


def main():
    for i in range(6):
        try:
            stop(i)
            print("not reached")
        except SystemExit as e:
            code = e.code
            print(i, code, code is None, "status" if code is not None else "no status")
    try:
        try:
            sys.exit(7)
        finally:
            print("finally runs")
    except SystemExit as e:
        print(e, repr(e.code))
    raise SystemExit(len(sys.argv) + 3)


main()
