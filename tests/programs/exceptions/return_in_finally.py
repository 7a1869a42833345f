# A differential-testing finding, fixed: a return inside a finally clause is ignored: the function goes on after the
# try statement (finally bodies are C++ lambdas, so the return leaves only the lambda).
# kind: wrong output
import sys


def f(n):
    try:
        print('body')
    finally:
        if n > 0:
            return 2
    return 0


def g(n):
    try:
        raise ValueError('v')
    except ValueError:
        try:
            print('inner')
        finally:
            if n > 0:
                return 2
    return 0


def main():
    print(f(1), g(1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
