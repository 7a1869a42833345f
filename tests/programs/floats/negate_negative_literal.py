# unary minus of a negative float constant (a parenthesized literal, or a module-level
# constant holding one) is printed as C++ `--`: the generated C++ does not compile ("lvalue
# required as decrement operand"). Negative int constants are fine.
import sys

G = -654.875


def main():
    x = -(-0.03)
    print(x, -G, -(-3))
    return 0


if __name__ == '__main__':
    sys.exit(main())
