# --gc=gen: a list that is still young (in the nursery) held as an operand while a later operand
# allocates: the receiver of append and insert, a list passed before an allocating argument,
# an item read after the allocation. codegen holds such operands in rooted temporaries; a
# temporary left unrooted keeps the list's old address when the minor collection moves it. The
# RPY_GC_STRESS modes cannot see that (every list header there is old before generated code
# holds it, and it stays reachable through its instance); the small nursery modes of
# programs/gc_gen_stress do (docs/GC.md, "The small nursery").


class Item(object):
    def __init__(self, n):
        self.n = n


class Bag(object):
    def __init__(self, tag):
        self.tag = tag
        self.items = []


def add_two(xs, a, b):
    xs.append(a)
    xs.append(b)
    return len(xs)


def build(n, bags):
    total = 0
    for i in range(n):
        b = Bag(i)
        b.items.append(Item(i))
        b.items.insert(0, Item(i + 1000))
        b.items.append(Item(i * 2))
        total += add_two(b.items, Item(i + 1), Item(i + 2))
        bags.append(b)
        fresh = Bag(-i)
        fresh.items.append(Item(i))
        bags[i // 2].items.append(Item(fresh.items[0].n + 7))
    return total


def main():
    bags = []
    total = build(300, bags)
    s = 0
    count = 0
    for b in bags:
        for it in b.items:
            s = (s * 31 + it.n) % 1000000007
            count += 1
    print(total, count, s, bags[5].items[0].n, bags[-1].items[-1].n)


main()
