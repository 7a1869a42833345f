# A differential-testing finding, fixed: an exception raised in a finally clause while another exception is propagating (which
# Python lets replace the first one) ends the program: exit status 1, and even the output
# printed before is lost.
# kind: wrong output (process dies)
import sys


def main():
    try:
        try:
            raise KeyError('first')
        finally:
            print('finally')
            raise ValueError('second')
    except ValueError as e:
        print('caught', str(e))
    return 0


if __name__ == '__main__':
    sys.exit(main())
