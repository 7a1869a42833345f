from __future__ import print_function
import os, sys


def entry_point(argv):
    pairs = []
    for i in range(5):
        if i == 3:
            continue
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2:
                continue
            pairs.append((i, j))
    print(pairs)
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    a = b = 0
    found = False
    for a in range(1, 20):
        for b in range(a, 20):
            c2 = a * a + b * b
            c = 1
            while c * c < c2:
                c += 1
            if c * c == c2 and c < 20:
                print("triple", a, b, c)
                if a > 6:
                    found = True
                    break
        if found:
            break
    print("stopped at", a, b)
    count = 0
    i = 0
    while i < 10:
        i += 1
        j = 0
        while j < 10:
            j += 1
            if j == i:
                break
            if j % 2 == 0:
                continue
            count += 1
    print(count)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
