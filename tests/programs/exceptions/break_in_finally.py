# A differential-testing finding, fixed: break or continue inside a finally clause does not compile (the finally body
# is a C++ lambda: "continue statement not within a loop").
# kind: internal error
import sys


def main():
    for i in range(3):
        try:
            print('body', i)
        finally:
            if i == 1:
                break
    for i in range(3):
        try:
            print('body2', i)
        finally:
            if i == 0:
                continue
        print('after', i)
    return 0


if __name__ == '__main__':
    sys.exit(main())
