# An instance that never leaves its function lives in the function's frame, one slot per
# allocation site. In a loop the site runs again while its variable still holds the object it
# made last: the arguments must see that object, not a cleared slot.
class Box(object):
    def __init__(self, v):
        self.v = v


class Node(object):
    def __init__(self, prev):
        if prev is None:
            self.depth = 0
        else:
            self.depth = prev.depth + 1


def accumulate(n):
    acc = Box(0)
    while n > 0:
        acc = Box(acc.v + n)
        n -= 1
    return acc.v


def accumulate_with_temp(n):
    acc = Box(0)
    while n > 0:
        t = Box(n)
        acc = Box(acc.v + t.v)
        n -= 1
    return acc.v


def chain(n):
    node = Node(None)
    for _ in range(n):
        node = Node(node)
    return node.depth


def swap(n):
    a = Box(1)
    b = Box(2)
    for i in range(n):
        c = Box(a.v + b.v)
        a = Box(b.v)
        b = Box(c.v % 1000)
    return a.v * 1000 + b.v


def main():
    print(accumulate(40), accumulate_with_temp(40), chain(25), swap(30))
    for n in range(5):
        print(n, accumulate(n), chain(n), swap(n))


main()
