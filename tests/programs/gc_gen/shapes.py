# Instances holding numbers, booleans and other instances (None or not), subclasses with
# overridden methods, and references held across allocations in every position codegen has:
# arguments before an allocating argument, a receiver before an allocating argument, a new
# object while its __init__ allocates, fields of old objects rebound to young ones (the write
# barrier). Under --gc=gen with RPY_GC_STRESS every allocation moves what is young.


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Shape(object):
    def __init__(self, origin):
        self.origin = origin
        self.visible = True
        self.next = None

    def area(self):
        return 0.0

    def moved(self, d):
        return Shape(self.origin.add(d))


class Rect(Shape):
    def __init__(self, origin, corner):
        Shape.__init__(self, origin)
        self.corner = corner

    def area(self):
        return abs((self.corner.x - self.origin.x) * (self.corner.y - self.origin.y))

    def moved(self, d):
        return Rect(self.origin.add(d), self.corner.add(d))


class Circle(Shape):
    def __init__(self, origin, r):
        Shape.__init__(self, origin)
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def moved(self, d):
        return Circle(self.origin.add(d), self.r)


class Pair(object):
    def __init__(self, a, b, v):
        self.a = a
        self.b = b
        self.v = v


def combine(a, b, c):
    return a.x * 100 + b.x * 10 + c.x


def make_shape(i):
    if i % 3 == 0:
        return Rect(Vec(i, i + 1.5), Vec(2 * i + 3, i * 0.5))
    if i % 3 == 1:
        return Circle(Vec(-i, i), i * 0.25 + 1)
    return Shape(Vec(i, -i))


def chain(n):
    head = None
    for i in range(n):
        s = make_shape(i)
        s.next = head
        head = s
    return head


def total(head):
    t = 0.0
    count = 0
    while head is not None:
        t += head.area()
        if head.visible:
            count += 1
        head = head.next
    return t, count


def main():
    head = chain(40)
    print(total(head))
    # Rebind fields of the long-lived chain to new objects, many allocations later.
    d = Vec(1, 2)
    s = head
    i = 0
    while s is not None:
        s.origin = s.origin.add(d.scaled(i))
        if i % 4 == 0:
            s.visible = False
        s = s.next
        i += 1
    print(total(head))
    # A new chain of moved shapes (virtual calls allocating).
    moved = None
    s = head
    while s is not None:
        m = s.moved(Vec(0.5, 0.5))
        m.next = moved
        moved = m
        s = s.next
    print(total(moved))
    # Several allocating arguments; the receiver before an allocating argument.
    print(combine(Vec(1, 0), Vec(2, 0), Vec(3, 0)))
    v = Vec(7, 8)
    w = v.add(Vec(1, 1).add(Vec(2, 2)))
    print(w.x, w.y, v.x, v.y)
    p = Pair(Pair(None, None, Vec(1, 2)), Pair(None, None, Vec(3, 4)), None)
    print(p.a.v.x, p.b.v.y, p.a.b is None, p.v is None)
    q = p
    for k in range(50):
        q = Pair(q, None, Vec(k, k))
    depth = 0
    while q is not None and q.v is not None:
        depth += q.v.x
        q = q.a
    print(depth, q is p)

main()
