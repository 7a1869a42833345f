# An itertools.count made at import time (module level, class attribute) and used by translated
# code goes on from where import-time code left it (refused before: "a prebuilt count object").
import itertools

_serial = itertools.count(100, 5)
FIRST = next(_serial)


class Node:
    _ids = itertools.count(1)

    def __init__(self, label):
        self.id = next(Node._ids)
        self.label = label

    def __repr__(self):
        return f"Node({self.id}, {self.label!r})"


def ticket():
    return next(_serial)


nodes = [Node(c) for c in "abc"]
print(nodes, FIRST, ticket(), ticket())
for i in Node._ids:
    print(i)
    if i >= 6:
        break
print(next(Node._ids), [next(_serial) for _ in range(3)])
