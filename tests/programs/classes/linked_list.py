from __future__ import print_function
import os, sys


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList(object):
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def to_list(self):
        out = []
        n = self.head
        while n is not None:
            out.append(n.value)
            n = n.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, v):
        n = self.head
        while n:
            if n.value == v:
                return n
            n = n.next
        return None


def entry_point(argv):
    l = LinkedList()
    print(l.to_list(), l.head is None)
    for i in range(5):
        l.push(i * 3)
    print(l.to_list(), l.size)
    l.reverse()
    print(l.to_list())
    n = l.find(6)
    print(n is not None and n.value == 6, l.find(7) is None)
    if n is not None:
        print(n.next.value)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
