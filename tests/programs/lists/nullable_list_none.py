# Appending or storing None in a list of (nullable) instances.
import sys


class Node(object):
    def __init__(self, v):
        self.v = v


def main():
    nodes = [Node(1), None]
    nodes.append(None)
    nodes[0] = None
    nodes.append(Node(2))
    print(len(nodes), nodes[0] is None, nodes[3].v)
    return 0


if __name__ == '__main__':
    sys.exit(main())
