# python2
# Python 2: an operand that may be None raises TypeError only after every operand of its node ran;
# a slice bound that may be None is the default bound when it is None.


def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


def offset(tag):
    print "offset", tag
    return 1


def items(tag):
    print "items", tag
    return [10, 20, 30]


def attempt(n, x):
    try:
        if n == 0:
            print x + offset("local on the left")
        elif n == 1:
            print offset("local on the right") * x
        elif n == 2:
            print find([4, 5], 7) - offset("call on the left")
        elif n == 3:
            print offset("call on the right") - find([4, 5], 7)
        elif n == 4:
            print items("subscripted")[x]
        elif n == 5:
            y = x
            y += offset("augmented")
            print y
        elif n == 6:
            print find([4, 5], 7) + find([4, 5], 9) + offset("three operands")
        elif n == 7:
            print items("sliced")[x:offset("bound")], "abcd"[offset("lower"):x]
    except TypeError as e:
        print "TypeError:", e


def entry_point(argv):
    for n in range(8):
        attempt(n, find([4, 5], 99))
        attempt(n, find([4, 5], 5))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
