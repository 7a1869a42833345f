from __future__ import print_function
import os, sys


class Tree(object):
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(t, key):
    if t is None:
        return Tree(key)
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    return t


def inorder(t, out):
    if t is not None:
        inorder(t.left, out)
        out.append(t.key)
        inorder(t.right, out)


def height(t):
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))


def contains(t, key):
    while t is not None:
        if key == t.key:
            return True
        t = t.left if key < t.key else t.right
    return False


def entry_point(argv):
    root = None
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
        root = insert(root, k)
    out = []
    inorder(root, out)
    print(out, height(root))
    print(contains(root, 65), contains(root, 66))
    x = 7
    big = None
    for i in range(2000):
        x = (x * 75 + 74) % 65537
        big = insert(big, x)
    out2 = []
    inorder(big, out2)
    print(len(out2), out2[:5], height(big) < 40)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
