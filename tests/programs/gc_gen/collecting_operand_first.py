# --gc=gen: an operand that can collect evaluated before a reference operand that follows it in
# Python's order. The C++ the node becomes may read the later reference first (g++ evaluates a
# call's arguments right to left, clang a statement's target before its value), so the operand
# that collects is evaluated into a rooted temporary first: otherwise a minor collection in it
# leaves the reference pointing at the young object's old place. Run with the small nurseries.


class P(object):
    def __init__(self, x):
        self.x = x
        self.tag = [x]


class Box(object):
    def __init__(self, item, items):
        self.item = item
        self.items = items


def pair(p, ps):
    return p.x + len(ps) + ps[0].x


def place(p, q, ps):
    ps.append(p)
    ps.append(q)
    return len(ps)


def xs(l):
    return [p.x for p in l]


def main():
    total = 0
    for r in range(300):
        ps = [P(r), P(r + 1)]  # young list and items
        total += pair(P(r * 2), ps)  # the new P first, the young list after it
        b = Box(P(r), ps)  # __init__'s arguments: a new instance, then the young list
        total += len(b.items) + b.item.x
        total += place(P(-r), P(r), ps)
        ps[0:1] = [P(7), P(8), P(r)]  # the value first, then the young list
        ps[::2] = [P(1) for _ in range(len(ps[::2]))]
        ps.extend([P(3), P(4)])
        total += sum(xs(ps))
        q = [P(r)]
        q[len(q):] = q
        q[:0] = [P(5)]
        total += sum(xs(q))
    print(total)


main()
