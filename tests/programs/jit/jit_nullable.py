# Attribute reads through values that may be None in a JIT portal: a linked list walked by the
# interpreter loop (the read is native, guarded against None) and a read of None's attribute,
# caught (AttributeError, Python's meaning).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["node", "total", "misses"])


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i * 3 % 7, head)
    return head


def value_of(node):
    return node.value  # node may be None


def walk(head, rounds):
    pc = 0
    node = head
    total = 0
    misses = 0
    while pc < rounds:
        driver.jit_merge_point(pc=pc, node=node, total=total, misses=misses)
        if node is not None and node.value > 100:
            total -= 1
        try:
            total += value_of(node)
            node = node.next
        except AttributeError:
            misses += 1
            node = head
            pc += 1
    return total, misses


def entry_point(argv):
    head = build(50)
    print(walk(head, 40))
    print(walk(None, 3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
