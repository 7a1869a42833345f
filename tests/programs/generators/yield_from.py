# `yield from` as a statement delegates to any iterable: a generator, a list, a string, a
# generator expression; generators that delegate recursively (tree walks).
import sys


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def inorder(node):
    if node.left is not None:
        yield from inorder(node.left)
    yield node.value
    if node.right is not None:
        yield from inorder(node.right)


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chained(n):
    yield -1
    yield from count_up(n)
    yield from [100, 200]
    yield from (x * x for x in range(3))
    yield -2


def letters(words):
    for w in words:
        yield from w


def flatten(rows):
    for r in rows:
        yield from r


def main():
    t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
    print(list(inorder(t)))
    print(list(chained(3)))
    print("".join(letters(["ab", "", "cde"])))
    print(sum(flatten([[1, 2], [], [3, 4, 5]])))
    g = chained(2)
    print(next(g), next(g), next(g))
    total = 0
    for v in inorder(Node(10, None, Node(20))):
        total += v
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
