# type() of a variable that holds an int or a float: its class is known only at run time, which
# rpy does not represent as a value; the message names the forms rpy accepts (a comparison with a
# class, __name__) and how to test the kind instead.
import sys


def main():
    x = 1
    if len(sys.argv) > 3:
        x = 2.5
    print(type(x))
    return 0


if __name__ == "__main__":
    sys.exit(main())
