# A Flag (not an int) with an int operand: Python's TypeError names the operator and the operands
# in their order ("unsupported operand type(s) for |: 'int' and 'Color'"), for the reflected
# operators too.
import enum


class Color(enum.Flag):
    RED = 1
    GREEN = 2


def main(n):
    try:
        print(Color.RED | n)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(n | Color.GREEN)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(Color.GREEN & n)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(n ^ Color.GREEN)
    except TypeError as e:
        print("TypeError", e)
    print(repr(~Color.RED), bool(Color.RED))


main(3)
