from __future__ import print_function
import os, sys


def entry_point(argv):
    print(True)
    print(False)
    print(None)
    print(0)
    print(-17)
    print(1.5)
    print(-0.25)
    print([1, 2, 3])
    print([])
    print(['a', 'b c', "it's"])
    print([[1, 2], [3], []])
    print([1.5, 2.0])
    print([True, False])
    print((1, 'two'))
    print((1, (2, 3)))
    print('')
    print('quote\'s')
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
