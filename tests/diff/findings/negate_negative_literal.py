# finding: unary minus of a parenthesized negative literal is printed as C++ `--`: the generated
# C++ does not compile ("lvalue required as decrement operand").
# kind: internal error
import sys


def main():
    x = -(-0.03)
    y = -(-3)
    print(x, y)
    return 0


if __name__ == '__main__':
    sys.exit(main())
