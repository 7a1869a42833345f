# --gc=gen, iterators over instances (docs/GC.md, "Iterators over instances"): generators yielding
# instances (and tuples of them) that allocate between yields, consumed by for loops,
# comprehensions, next() and list(); iter() and reversed()
# of lists of instances (the list a root while the iterator lives). Under RPY_GC_STRESS=1/2 and
# the small nurseries (programs/gc_gen_stress), a list built from the steps, or a list held by an
# iterator, left unrooted is read after it moved.


class Node(object):
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
        self.tag = [v, v + 1]


def chain(head):
    n = head
    while n is not None:
        yield n
        n = n.nxt


def fresh(k):
    for i in range(k):
        a = Node(i, None)
        b = Node(i * 10, a)
        yield b


def pairs(k):
    for i in range(k):
        yield (i, Node(i, Node(-i, None)))


def total(it):
    s = 0
    for n in it:
        s += n.v + n.tag[1]
    return s


def main():
    head = None
    for i in range(30):
        head = Node(i, head)
    print([n.v for n in chain(head)][:10])
    print(total(fresh(40)), total(chain(head)))
    built = list(fresh(25))
    print(len(built), sum([b.v + b.nxt.v for b in built]))
    it = fresh(5)
    first = next(it)
    second = next(it)
    rest = list(it)
    print(first.v, second.nxt.v, len(rest), next(it, None) is None)
    ps = list(pairs(12))
    print(sum([p[0] + p[1].v + p[1].nxt.v for p in ps]))
    for k, n in pairs(4):
        print(k, n.nxt.v)
    nodes = [Node(i, None) for i in range(50)]
    li = iter(nodes)
    skipped = next(li)
    acc = 0
    for n in li:
        extra = Node(n.v, n)  # allocates while the iterator holds the list
        acc += extra.nxt.v
    print(skipped.v, acc)
    back = [Node(n.v * 2, n).nxt.v for n in reversed(nodes)]
    print(back[:5], len(back))


if __name__ == "__main__":
    main()
