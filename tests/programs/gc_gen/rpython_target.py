# python2
# An RPython program (target()) under --gc=gen: a binary search tree of instances built,
# searched and rebalanced by rotations (fields of old nodes rebound to young ones).


class TreeNode(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


def insert(node, key, value):
    if node is None:
        return TreeNode(key, value)
    if key < node.key:
        node.left = insert(node.left, key, value)
    elif key > node.key:
        node.right = insert(node.right, key, value)
    else:
        node.value = value
    return node


def rotate_right(node):
    l = node.left
    if l is None:
        return node
    node.left = l.right
    l.right = node
    return l


def height(node):
    if node is None:
        return 0
    a = height(node.left)
    b = height(node.right)
    return 1 + (a if a > b else b)


def find(node, key):
    while node is not None:
        if key == node.key:
            return node.value
        node = node.left if key < node.key else node.right
    return -1.0


def checksum(node):
    if node is None:
        return 0
    return node.key + 3 * checksum(node.left) + 7 * checksum(node.right) % 1000003


def entry_point(argv):
    root = None
    seed = 12345
    for i in range(2000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        root = insert(root, seed % 5000, i * 0.5)
    print height(root), checksum(root) % 1000000007
    for i in range(200):
        root = rotate_right(root)
        root = insert(root, 5000 + i, float(i))
    print height(root), checksum(root) % 1000000007
    total = 0.0
    for k in range(0, 5200, 7):
        total += find(root, k)
    print total
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
