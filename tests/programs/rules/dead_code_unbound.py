# A differential-testing finding, fixed: a statement after an unconditional `raise` (never executed) that reads a loop
# variable is refused as "read before any assignment"; Python never runs it, and RPython's flow
# space never builds it.
# kind: refusal
import sys


def main():
    for x in range(2):
        try:
            raise ValueError('v')
            print(x + 1)
        except ValueError:
            print('caught', x)
    return 0


if __name__ == '__main__':
    sys.exit(main())
