# --gc=gen (tests/errors/CMakeLists.txt): an exception class with __del__ is refused like any other
# class: its finalizer would run at the next allocation of such an exception, in a function the
# collector's analysis may take for one that cannot collect.
class Node(object):
    def __init__(self, n):
        self.n = n


class Err(Exception):
    def __del__(self):
        Node(1)


def f(a):
    e = Err()
    return a.n


def main():
    t = 0
    for i in range(10000):
        t += f(Node(i))
    print(t)


main()
