# finding: a raise of a new exception inside an except clause of a generator function makes g++ 12
# crash ("internal compiler error: in verify_stmt_tree_r, at cp/tree.cc:2948"); clang++ compiles
# it. (A bare re-raise there compiles.)
# kind: internal error (g++ only)
import sys


def gen():
    try:
        pass
    except AssertionError:
        raise ValueError('v')
    yield 1


def main():
    for x in gen():
        print(x)
    return 0


if __name__ == '__main__':
    sys.exit(main())
