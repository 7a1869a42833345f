# `raise E(...)` (raising a newly built exception object) anywhere in a generator function
# makes g++ 12 crash ("internal compiler error: in verify_stmt_tree_r, at cp/tree.cc:2948");
# `raise E` and `e = E(...); raise e` compile, and clang++ compiles all three.
import sys


def gen(n):
    if n > 5:
        raise ValueError('v')
    yield 1


def main():
    for x in gen(0):
        print(x)
    return 0


if __name__ == '__main__':
    sys.exit(main())
