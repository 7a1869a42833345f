# finding: a set display of three or more constants iterates in CPython's order for a frozenset
# constant (built when the code object is compiled), which differs from a set built at run time
# when hashes collide: {0, -12, 3, 19} prints {0, 3, 19, -12} in Python 3.11; rpy prints the
# run-time order {0, 19, 3, -12} (docs/ARCHITECTURE.md calls this a deliberate approximation).
# kind: wrong output (iteration order)
import sys


def main():
    print({((-100) + 4294967296 % 201), (-12), 3, 19})
    print({0, (-12), 3, 19})
    s = {0, -12, 3, 19}
    print(s)
    return 0


if __name__ == '__main__':
    sys.exit(main())
