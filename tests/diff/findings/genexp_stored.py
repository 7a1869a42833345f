# A generator expression kept in a variable is computed when it is created: rpy lowers it to a
# list. Python computes the first iterable at once and each element only when it is taken, so
# the log shows elements after "made", a break stops the computing, zip leaves the rest, and a
# local rebound in between is read with its new value.
log = []


def tr(tag, v):
    log.append(tag)
    return v


def main():
    k = 1
    g = (tr('e%d' % x, x * k) for x in [1, 2, 3, 4])
    tr('made', 0)
    k = 10
    for v in g:
        print(v)
        if v >= 20:
            break
    print(next(g, -1), next(g, -1))
    h = (tr('h%d' % x, x) for x in range(5))
    for a, b in zip(h, 'ab'):
        print(a, b)
    print(list(h))
    print(' '.join(log))


main()
