# --gc=gen: nested functions that call each other (each captures the other, or itself). Deciding
# whether a captured function holds instances followed the captured functions' types with no end
# (is_even -> is_odd -> is_even ...) and `rpy translate --gc=gen` ran out of stack; Boehm
# translated it. The functions allocate instances while they recurse, so the stress modes and the
# small nurseries move them under the closures.


class Node(object):
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n)


def chains(n):
    # build two interleaved chains of nodes through mutually recursive closures
    def build_a(k, head):
        if k == 0:
            return head
        return build_b(k - 1, Node(k * 2, head))

    def build_b(k, head):
        if k == 0:
            return head
        return build_a(k - 1, Node(k * 2 + 1, head))

    return build_a(n, None)


def countdown(n):
    def step(k, acc):  # captures itself
        if k == 0:
            return acc
        acc.append(Node(k, None))
        return step(k - 1, acc)

    return step(n, [])


def main():
    print(mutual(10), mutual(7))
    total = 0
    for r in range(20):
        head = chains(50 + r)
        s = 0
        while head is not None:
            s += head.v
            head = head.nxt
        total += s
    print(total)
    nodes = countdown(300)
    print(len(nodes), sum([x.v for x in nodes]), nodes[0].v, nodes[-1].v)


main()
