# python2
# Flag-style locals in the style of RPython code: a local that is None until a loop finds
# something, then compared; bool/None/int sentinels; found-flags with break; Proc2-style loops.
import os

NOT_FOUND = -1


def find_index(lst, x):
    result = None
    i = 0
    while i < len(lst):
        if lst[i] == x:
            result = 1
            break
        i += 1
    if result is None:
        return NOT_FOUND
    return i


def classify(n):
    kind = None
    if n < 0:
        kind = 0
    elif n > 100:
        kind = 2
    if kind is None:
        return "normal"
    if kind == 0:
        return "negative"
    return "large"


def sign_loop(values):
    seen = None
    count = 0
    for v in values:
        if v < 0:
            seen = True
        if seen:
            count += 1
    return count


def wait_for(chars, wanted):
    state = None
    pos = 0
    while 1:
        if chars[pos] == wanted:
            state = 1
        if state == 1:
            break
        pos += 1
    return pos


def entry_point(argv):
    os.write(1, "%d %d\n" % (find_index([3, 4, 5], 5), find_index([3, 4], 9)))
    for n in [-5, 50, 500]:
        os.write(1, classify(n) + "\n")
    os.write(1, "%d\n" % sign_loop([1, 2, -3, 4, 5]))
    os.write(1, "%d\n" % wait_for("abcdef", 'd'))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
