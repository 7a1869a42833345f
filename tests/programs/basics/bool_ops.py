from __future__ import print_function
import os, sys

calls = []


def t(name, value):
    calls.append(name)
    return value


def ti(name, value):
    calls.append(name)
    return value


def entry_point(argv):
    print(0 or 5)
    print(3 and 4)
    print(0 and 4)
    print('' or 'default')
    print('x' or 'default')
    print(not 0, not 7, not '', not 'a', not [], not [0])
    print(True and False, True or False, not True)
    r = t('a', False) and t('b', True)
    print(r, calls)
    del calls[:]
    r = t('a', True) or t('b', True)
    print(r, calls)
    del calls[:]
    r2 = ti('a', 0) or ti('b', 0) or ti('c', 9)
    print(r2, calls)
    del calls[:]
    x = 5
    if x > 3 and x < 10 and not x == 7:
        print("in range")
    if x < 3 or x > 4:
        print("or branch")
    b = x > 3
    print(b, b == True)
    print(True == 1, False == 0, True + True)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
