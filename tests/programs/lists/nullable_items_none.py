# None stored in lists and dicts of nullable instances and strings (append, item assignment,
# insert, setdefault) and looked for (count, index, in).
import sys


class Node(object):
    def __init__(self, v):
        self.v = v


def main():
    nodes = [Node(1), None]
    nodes.append(None)
    nodes[0] = None
    nodes.insert(1, None)
    nodes.append(Node(2))
    print(len(nodes), nodes[0] is None, nodes[4].v, nodes.count(None), nodes.index(None), None in nodes)
    d = {1: Node(3)}
    d[2] = None
    d.setdefault(3, None)
    print(len(d), d[2] is None, d.get(5) is None, d[1].v)
    names = ['a', None]
    names.append(None)
    names[0] = None
    print(names)
    return 0


if __name__ == '__main__':
    sys.exit(main())
