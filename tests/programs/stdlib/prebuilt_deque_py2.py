# python2
# collections in translated code the way RPython programs use them: a module-level deque (a work
# queue, and a bounded history with maxlen) used by translated code, itertools.chain.from_iterable
# over a list of lists, and dict() of a defaultdict or a Counter (a plain dict with the items).
from collections import deque, defaultdict, Counter
import itertools

QUEUE = deque()
QUEUE.append("boot")
QUEUE.append("init")
HISTORY = deque([1, 2, 3], 3)
EMPTY = deque()


def drain():
    done = []
    while QUEUE:
        done.append(QUEUE.popleft())
    return done


def entry_point(argv):
    QUEUE.append("run%d" % len(argv))
    QUEUE.appendleft("first")
    print len(QUEUE), drain(), len(QUEUE)
    for i in range(len(argv) + 4):
        HISTORY.append(i * 10)
    print list(HISTORY), len(HISTORY), HISTORY[0], HISTORY[-1]
    EMPTY.extend([7, 8])
    print EMPTY.pop(), list(EMPTY)

    rows = [[1, 2], [], [3, len(argv)]]
    total = 0
    for x in itertools.chain.from_iterable(rows):
        total += x
        print x,
    print total
    words = list(itertools.chain.from_iterable([["a", "b"], ["c"]]))
    print words

    groups = defaultdict(list)
    counts = defaultdict(int)
    for w in ["x", "y", "x", "z", "x"]:
        groups[w].append(len(groups[w]))
        counts[w] += 1
    plain = dict(counts)
    plain["w"] = 0
    print sorted(plain.items()), "w" in counts, len(counts)
    lists = dict(groups)
    print sorted(lists.keys()), lists["x"]
    tally = Counter("abracadabra")
    d = dict(tally)
    d["z"] = 9
    print sorted(d.items()), tally["z"]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
