from __future__ import print_function
import os, sys


def fail(kind):
    if kind == 0:
        return [1][kind + 3]
    elif kind == 1:
        return {1: 2}[kind + 7]
    elif kind == 2:
        return 1 // (kind - 2)
    elif kind == 3:
        return int("x" * kind)
    return kind


def entry_point(argv):
    for k in range(5):
        try:
            print("value", fail(k))
        except LookupError:
            print(k, "LookupError")
        except ArithmeticError:
            print(k, "ArithmeticError")
        except Exception:
            print(k, "Exception")
    print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError),
          issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError),
          issubclass(ValueError, LookupError), issubclass(StopIteration, Exception),
          issubclass(NotImplementedError, RuntimeError), issubclass(AssertionError, Exception))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
