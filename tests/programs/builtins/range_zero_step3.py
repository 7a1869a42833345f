# A Python 3 script: a zero range() step raises ValueError("range() arg 3 must not be zero"), as a
# list and in a for loop's header; rpy printed Python 2's "range() step argument must not be zero".
import sys


def main(argv):
    step = len(argv) - 1  # 0: run without arguments
    try:
        print(list(range(0, 5, step)))
    except ValueError as e:
        print(e)
    try:
        for i in range(5, 0, step):
            print(i)
    except ValueError as e:
        print(e)
    print(list(range(0, 5, step + 2)))


if __name__ == "__main__":
    main(sys.argv[:1])
