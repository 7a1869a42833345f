# --gc=gen (tests/errors/CMakeLists.txt): prebuilt instances, lists, dicts and sets of instances
# live on the collector (their static variables are roots: docs/GC.md, "Step 3i"), but a prebuilt
# container of Boehm's heap holding instances (a deque) would hide them from it: refused.
from collections import deque


class Config(object):
    def __init__(self, n):
        self.n = n


QUEUE = deque([Config(3)])


def main():
    print(QUEUE[0].n)


main()
