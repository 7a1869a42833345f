# A differential-testing finding, fixed: module-level code cannot call str.ljust/rjust/center/zfill or str.format (rpy's
# import-time evaluator raises AttributeError), though translated code can.
# kind: refusal
import sys

A = 'ab'.ljust(5) + '|'
B = '{}-{:>4}'.format(1, 'x')
C = '7'.zfill(3)


def main():
    print(A, B, C, 'ab'.ljust(5) + '|')
    return 0


if __name__ == '__main__':
    sys.exit(main())
