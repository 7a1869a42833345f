# namedtuple methods in translated code: _replace(**fields), _asdict() (a dict in field order),
# _make(list or tuple) with its TypeError for another length, _fields.
from collections import namedtuple
P = namedtuple('P', 'x y')
Rec = namedtuple('Rec', ['name', 'score', 'tag'], defaults=['-'])
def main():
    p = P(1, 2)
    print(p._replace(x=5), p._replace(y=7, x=0), p)
    print(p._asdict(), p._asdict()['y'])
    print(P._make([3, 4]), P._make((5, 6)), p._make([8, 9]))
    print(P._fields)
    r = Rec('ann', 'b')
    print(r, r._replace(score='c'), r._asdict())
    try:
        P._make([1, 2, 3])
    except TypeError as e:
        print("TypeError:", e)
    rows = [Rec._make(t) for t in [('a', 'p', 'x'), ('b', 'q', 'y')]]
    print(rows, [row._asdict() for row in rows])
main()
