# python2
# deque, defaultdict and Counter in an RPython program (Python 2.7's dict order and reprs).
from collections import deque, defaultdict, Counter


def entry_point(argv):
    q = deque([1, 2, 3])
    q.appendleft(0)
    q.append(4)
    q.rotate(2)
    print q, q.popleft(), q.pop(), len(q)
    try:
        q.remove(99)
    except ValueError as e:
        print "ValueError", e
    d = defaultdict(int)
    for w in "b a c a b a".split():
        d[w] += 1
    print d, d["zz"]
    g = defaultdict(list)
    for i in range(6):
        g[i % 2].append(i)
    print g
    c = Counter("mississippi")
    print c, c.most_common(2), c["q"]
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
