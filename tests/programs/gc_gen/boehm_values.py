# Instances on rpy's collector holding values of Boehm's heap (docs/GC.md, "Step 3c"): strings,
# lists of numbers, lists of tuples of numbers, dicts, tuples. The only reference to each of
# those values is a field of an instance on the collector (young, then promoted by a minor
# collection, then kept across major ones), while the program allocates enough strings for
# Boehm to collect many times: a value that Boehm did not see there would be freed and its
# memory reused, and its contents would print differently.


class Token(object):
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
        self.next = None


class Packet(object):
    def __init__(self, ident, size):
        self.ident = ident
        self.data = [0] * size
        self.weights = [0.5] * size
        self.flags = [False] * size
        self.link = None


class Machine(object):
    def __init__(self, source):
        self.code = []
        self.names = {}
        self.pair = (len(source), source)
        for i in range(len(source)):
            c = source[i]
            self.code.append((ord(c), i))
            self.names[c] = self.names.get(c, 0) + 1


def churn(n):
    # Garbage on Boehm's heap: strings that die at once.
    total = 0
    for i in range(n):
        s = "x" * (i % 50) + str(i)
        total += len(s)
    return total


def tokens(n):
    head = None
    for i in range(n):
        t = Token(i % 3, "tok%d" % i + "-" * (i % 7))
        t.next = head
        head = t
    return head


def check_tokens(head):
    total = 0
    count = 0
    t = head
    while t is not None:
        total += len(t.text) + t.kind
        if not t.text.lower().startswith("tok"):
            print("bad token")
        count += 1
        t = t.next
    return count, total


def packets(n):
    first = None
    for i in range(n):
        p = Packet(i, 4 + i % 5)
        for j in range(len(p.data)):
            p.data[j] = i * 10 + j
            p.weights[j] = p.weights[j] * (j + 1)
            p.flags[j] = (i + j) % 2 == 0
        p.link = first
        first = p
    return first


def check_packets(first):
    total = 0
    wsum = 0.0
    nflags = 0
    p = first
    while p is not None:
        for v in p.data:
            total += v
        for w in p.weights:
            wsum += w
        for f in p.flags:
            if f:
                nflags += 1
        p.data.append(p.ident)
        p = p.link
    return total, wsum, nflags


def main():
    head = tokens(300)
    first = packets(200)
    m = Machine("hello, rpy world: " * 20)
    print(churn(100000))
    print(check_tokens(head))
    print(check_packets(first))
    # rebind fields of old objects to fresh values of Boehm's heap, then churn again
    t = head
    i = 0
    while t is not None:
        if i % 2 == 0:
            t.text = t.text.upper() + str(i)
        t = t.next
        i += 1
    m.pair = (m.pair[0] + 1, m.pair[1][:5])
    print(churn(100000))
    print(check_tokens(head))
    print(check_packets(first))
    total = 0
    for op, arg in m.code:
        total += op * arg
    print(total, len(m.code), m.names["o"], m.names[" "], m.pair)
    keys = list(m.names.keys())
    keys.sort()
    print("".join(keys))


main()
