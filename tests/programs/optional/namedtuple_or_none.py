# A namedtuple that may be None: its fields are read after a test (`is not None`, truth), and a
# read of a field of None raises AttributeError, as in Python.
from collections import namedtuple

P = namedtuple('P', 'x y')


def find(ps, k):
    for p in ps:
        if p.x == k:
            return p
    return None


def main():
    ps = [P(1, 'a'), P(2, 'b')]
    q = find(ps, 2)
    if q is not None:
        print(q.x, q.y, q[1], q)
    first = next((p for p in ps if p.x > 1), None)
    if first:
        print("first", first.y)
    none = next((p for p in ps if p.x > 5), None)
    print(none)
    for k in (1, 7):
        r = find(ps, k)
        try:
            print(r.y)
        except AttributeError as e:
            print("AttributeError:", e)


main()
