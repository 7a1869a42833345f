# Dataclasses whose generated methods meet one-character strs: a str field with a one-character
# default, one-character class names (the ordering's TypeError message is built from
# type(self).__name__; type(o).__name__ of classes named by one letter), field(default_factory=...),
# eq/frozen/order/unsafe_hash combinations and fields of mixed types. rpy typed such a name as a
# character but emitted a str (the C++ did not compile).
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"


@dataclass(order=True)
class W:
    c: str = "q"
    d: float = 1.5
    e: list = field(default_factory=list)


@dataclass(eq=True, frozen=True)
class K:
    s: str = "k"
    n: int = 2


@dataclass(unsafe_hash=True)
class H:
    t: str = "h"


@dataclass(order=True)
class Name:
    first: str
    last: str = "x"


class A:
    pass


class B(A):
    pass


def kind(o):
    return type(o).__name__ + "/" + o.__class__.__name__


def main():
    p = P(1)
    print(p, p == P(1, 0))
    p.y = 5
    print(p)
    print(V(1) < V(2), V(1) <= V(1, "a"), V(2) > V(1), V(1) >= V(1), sorted([V(3), V(1, "a"), V(1)]))
    print(V(1) == V(1), V(1) == V(1, "b"), hash(V(4)) == hash(V(4)))
    w = W()
    w.e.append(3)
    print(w, W("a") < W("b"), W("a", 2.0) > W("a", 1.0), sorted([W("z"), W(), W("a", 0.5)]))
    print(K(), K() == K("k", 2), {K(): 1}[K()], len({K(), K(), K("j")}))
    print(H(), hash(H()) == hash(H("h")), H() == H("i"))
    print(sorted([Name("b"), Name("a", "z"), Name("a")]), max(Name("c", "c"), Name("c", "d")))
    print(kind(A()), kind(B()), [kind(x) for x in [A(), B(), B()]], type(V(1)).__name__, type(K()).__name__)


main()
