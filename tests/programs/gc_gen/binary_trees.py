# args: 8
# Binary trees (bench/programs/binary_trees.py at a small depth): run by the gc_gen ctest under
# --gc=gen with a collection at every allocation (RPY_GC_STRESS), where every reference held across
# an allocation must be rooted: the first subtree while the second is built, the long-lived tree.
import sys


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def main(max_depth):
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, make_tree(stretch).check()))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += make_tree(depth).check()
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
    print("long lived tree of depth %d\t check: %d" % (max_depth, long_lived.check()))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
