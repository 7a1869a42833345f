import sys


def check(values):
    bad = 0
    for v in values:
        if v < 0:
            print("negative value:", v)
            bad += 1
    return bad


if __name__ == '__main__':
    n = check([3, -1, 4, -1, -5])
    print("bad values:", n)
    if n:
        sys.exit(n)
    print("all good")
