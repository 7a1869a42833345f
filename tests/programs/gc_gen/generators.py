# --gc=gen, generators (docs/GC.md, "Generators"): a generator's frame holds instances (its
# parameters, its locals, the list it walks) while it is suspended, while the code that drives it
# allocates and collects, and while it runs and allocates itself. Every generator below runs with
# collections in its middle under RPY_GC_STRESS=1 and 2 and the small nurseries
# (programs/gc_gen_stress); a frame whose references were not roots would read moved or freed
# objects.


class Node(object):
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


class Tree(object):
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right


class Account(object):
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []

    def deposits(self):
        # a generator method: self is a parameter of the body, rooted from the call on
        for amount in self.history:
            if amount > 0:
                yield amount

    def replay(self, start):
        # a local instance made before the first yield and updated between yields
        shadow = Account(self.name + "'", start)
        for amount in self.history:
            shadow.balance += amount
            yield shadow.balance
        yield shadow.balance * 1000


class Event(object):
    def __init__(self, t, payload):
        self.t = t
        self.payload = payload


def build_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def walk(node):
    # the parameter is rebound at every step: the frame's slot is what the collector updates
    while node is not None:
        yield node.value
        node = node.nxt


def insert(tree, key):
    if tree is None:
        return Tree(key, None, None)
    if key < tree.key:
        tree.left = insert(tree.left, key)
    else:
        tree.right = insert(tree.right, key)
    return tree


def in_order(tree):
    # recursive generators: a chain of suspended frames, each holding its subtree
    if tree is not None:
        for k in in_order(tree.left):
            yield k
        yield tree.key
        for k in in_order(tree.right):
            yield k


def events(n):
    # a list of instances in a local, grown between yields; each yield leaves young objects behind
    pending = []
    for i in range(n):
        pending.append(Event(i, [i, i * i]))
        if len(pending) == 3:
            first = pending.pop(0)
            yield first.t * 100 + first.payload[1]
    while pending:
        e = pending.pop()
        yield e.t


def churn(k):
    # allocates garbage so that collections happen while generators are suspended
    acc = None
    for i in range(k):
        acc = Node(i, acc)
    return acc.value


def pairwise_sums(head):
    prev = None
    node = head
    while node is not None:
        if prev is not None:
            yield prev.value + node.value
        prev = node
        node = node.nxt


def first_over(tree, limit):
    # left unfinished by return: the suspended frame is dropped with its subtree references
    for k in in_order(tree):
        if k > limit:
            return k
    return -1


def make_accounts():
    accounts = []
    for i in range(4):
        a = Account("acct%d" % i, i * 10)
        for j in range(6):
            a.history.append((i + 1) * (j - 2))
        accounts.append(a)
    return accounts


def main():
    head = build_list(30)
    g = walk(head)
    head = None  # the generator's frame holds the only reference to the list
    total = 0
    for v in g:
        churn(7)
        total += v
    print("walk", total)

    tree = None
    for k in [50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 85, 5]:
        tree = insert(tree, k)
    keys = []
    for k in in_order(tree):
        churn(3)
        keys.append(k)
    print("in_order", keys)
    print("first_over", first_over(tree, 33), first_over(tree, 100))

    # two generators suspended at once, advanced alternately
    a = events(10)
    b = pairwise_sums(build_list(12))
    out = []
    while True:
        x = next(a, -1)
        churn(5)
        y = next(b, -1)
        if x == -1 and y == -1:
            break
        out.append((x, y))
    print("interleaved", out)

    accounts = make_accounts()
    for acct in accounts:
        gen = acct.replay(acct.balance)
        churn(4)
        print(acct.name, sum(acct.deposits()), [s for s in gen])

    # a generator created, left unstarted while much is allocated, then run
    late = walk(build_list(5))
    churn(200)
    print("late", [v * 2 for v in late])

    # generator expressions over fields of instances
    nodes = [Node(i, None) for i in range(20)]
    print("genexp", sum(n.value * n.value for n in nodes), max(n.value % 7 for n in nodes))
    return 0


if __name__ == '__main__':
    main()
