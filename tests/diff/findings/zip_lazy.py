# zip() of a generator reads it whole before pairing (rpy turns each argument into a list): Python
# takes one item from each argument in turn and stops at the shortest, so a generator paired with
# a shorter partner keeps its remaining items (its next item is taken, then dropped, when the
# partner runs out) and computes nothing past that.
log = []


def tr(tag, v):
    log.append(tag)
    return v


def main():
    h = (tr('h%d' % x, x) for x in range(5))
    for a, b in zip(h, 'ab'):
        print(a, b)
    print(list(h))
    g = (tr('g%d' % x, x) for x in range(5))
    for a, b in zip('ab', g):
        print(a, b)
    print(next(g, -1))
    print(' '.join(log))


main()
