# jit: threshold=3,trace_eagerness=5
# pypylog: jit-log-opt,jit-abort,jit-backend-counts
# A loop that ends before it comes around (the portal returns during the trace): the trace is
# compiled, ending in finish(result), instead of abandoned; the guard that fails when the loop
# does run gets a bridge that jumps back to it. The str comparison of the constant node's name is
# folded while tracing (no call in the log).
from __future__ import print_function
from rpython.rlib.jit import JitDriver


class Node(object):
    _immutable_fields_ = ["name"]

    def __init__(self, name):
        self.name = name


driver = JitDriver(greens=["node"], reds=["n", "acc"])


def run(node, n):
    acc = 0
    while n > 0:
        driver.jit_merge_point(node=node, n=n, acc=acc)
        if node.name == "dec":
            acc += n
        n -= 1
    return acc


def main():
    node = Node("dec")
    total = 0
    for k in range(300):
        total += run(node, k % 3)
    print(total)


main()
