# Recursive portal calls returning objects (call_assembler from machine code, docs/JIT.md 7.7):
# the result is a reference read back from the callee's frame, kept alive across the caller's
# later allocations and calls (many objects: the collector runs while results are held), and a
# portal returning None or an object by turns.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["n", "left", "right"])


class Node(object):
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right
        self.pad = [value] * 4


class Code(object):
    _immutable_fields_ = ["ops"]

    def __init__(self, ops):
        self.ops = ops


def build(code, n):
    # 'z' n <= 0: None (n == 0) or a leaf (n < 0); 'l' left = build(n - 1); 'r' right =
    # build(n - 2); 'm' a node of both
    pc = 0
    left = None
    right = None
    while True:
        driver.jit_merge_point(pc=pc, code=code, n=n, left=left, right=right)
        op = code.ops[pc]
        if op == "z":
            if n == 0:
                return None
            if n < 0:
                return Node(n, None, None)
        elif op == "l":
            left = build(code, n - 1)
        elif op == "r":
            right = build(code, n - 2)
        else:
            return Node(n, left, right)
        pc += 1


def total(node):
    if node is None:
        return 1
    s = node.value + node.pad[3]
    return (s * 3 + total(node.left) * 7 + total(node.right)) % 1000003


def entry_point(argv):
    n = 18
    if len(argv) > 1:
        n = int(argv[1])
    code = Code("zlrm")
    acc = 0
    keep = []
    for i in range(6):
        t = build(code, n + i % 3)
        keep.append(t)
        acc = (acc * 31 + total(t)) % 1000000007
    for t in keep:
        acc = (acc * 17 + total(t)) % 1000000007
    print("trees", acc)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
