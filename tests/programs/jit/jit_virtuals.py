# Allocation removal (docs/JIT.md 11.3): objects allocated in a loop that do not escape are
# virtual in traces, and guards that fail while they are live must rebuild them exactly: a
# boxed-integer interpreter whose values are boxes allocated per operation, guards failing
# inside the loop (a branch taken every few iterations) with boxes live, boxes nested in boxes,
# a cycle of two boxes, a box escaping (stored in a list, passed to a residual call) on one
# path only, and identity tests on fresh boxes.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, dont_look_inside

driver = JitDriver(greens=["pc"], reds=["n", "acc", "frame", "log"])


class W_Int(object):
    def __init__(self, v):
        self.v = v

    def add(self, other):
        return W_Int(self.v + other.v)

    def describe(self):
        return "int(%d)" % self.v


class W_Pair(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.peer = None

    def total(self):
        return self.left.v + self.right.v


class Frame(object):
    def __init__(self):
        self.top = None
        self.count = 0


@dont_look_inside
def keep(log, box):
    log.append(box)
    return len(log)


def step(n, acc, frame, log):
    a = W_Int(n)
    b = a.add(W_Int(3))  # two temporaries
    p = W_Pair(a, b)  # a box holding boxes
    q = W_Pair(b, a)
    p.peer = q
    q.peer = p  # a cycle
    if n % 7 == 0:  # a guard failing every 7th iteration, with a, b, p, q live and virtual
        acc = acc.add(W_Int(p.peer.peer.total()))
    if n % 5 == 0:  # escapes on this path only: into a list, through a call
        keep(log, p)
    if n % 11 == 0:
        frame.top = q  # stored into an object that is not virtual
        frame.count += 1
    same = p.peer.peer is p
    other = p is q
    acc = acc.add(W_Int(p.total() - q.total() + (1 if same else 0) + (2 if other else 0)))
    return acc


def run(n):
    frame = Frame()
    log = []
    acc = W_Int(0)
    pc = 0
    while n > 0:
        driver.jit_merge_point(pc=pc, n=n, acc=acc, frame=frame, log=log)
        acc = step(n, acc, frame, log)
        n -= 1
    return acc, frame, log


def entry_point(argv):
    acc, frame, log = run(300)
    print(acc.describe(), frame.count, len(log))
    if frame.top is not None:
        print(frame.top.left.v, frame.top.right.v, frame.top.peer.peer is frame.top, frame.top.peer.total())
    t = 0
    for p in log:
        t += p.total() * 3 + p.peer.left.v
        if p.peer.peer is not p:
            t += 1000000
    print(t)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
