# Dataclasses: the methods @dataclass writes while the script is imported (__init__ with defaults
# and default factories, __repr__, __eq__, ordering, __hash__ of frozen classes), inheritance of
# fields, __post_init__, fields left out of __init__/__repr__/comparisons, a class's own methods
# kept; fields(), asdict() and astuple() while the script is imported.
import sys
from dataclasses import dataclass, field, fields, asdict, astuple
from typing import Dict, List, Optional


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: List[float] = field(default_factory=list)
    notes: Dict[str, int] = field(default_factory=dict, repr=False)

    def deposit(self, amount: float) -> None:
        self.balance += amount
        self.history.append(amount)


@dataclass
class Savings(Account):
    rate: float = 0.01

    def interest(self) -> float:
        return self.balance * self.rate


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


@dataclass(frozen=True)
class Cell:
    row: int
    col: int

    def neighbours(self) -> List["Cell"]:
        return [Cell(self.row + dr, self.col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self) -> None:
        self.area = self.width * self.height


@dataclass
class Custom:
    name: str
    size: int = 1

    def __init__(self, name: str) -> None:
        self.name = name.upper()
        self.size = len(name)

    def __repr__(self) -> str:
        return "<Custom %s/%d>" % (self.name, self.size)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass(eq=False)
class Ident:
    v: int


@dataclass
class Empty:
    pass


FIELD_NAMES = [f.name for f in fields(Savings)]
AS_DICT = asdict(Cell(4, 5))
AS_TUPLE = astuple(Version(1, 2, 3, "x"))


def main() -> None:
    a = Account("ann")
    a.deposit(10.5)
    a.deposit(2.25)
    b = Account("bob", 3.0)
    print(a, b)
    print(a == Account("ann", 12.75, [10.5, 2.25]), a == b, b.history is not a.history)
    s = Savings("sue", 100.0, rate=0.05)
    s.deposit(50.0)
    print(s, s.interest(), isinstance(s, Account))
    vs = [Version(1, 10), Version(1, 2, 5), Version(0, 9, 9, "beta"), Version(1, 2, 5, "rc")]
    print(sorted(vs))
    print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99, 99), Version(1, 2, 0, "a") == Version(1, 2, 0, "b"))
    print(max(vs), min(vs).label)
    c = Cell(1, 1)
    seen = {c: 0}
    for n in c.neighbours():
        seen[n] = seen.get(n, 0) + 1
    print(len(seen), seen[Cell(0, 0)], Cell(2, 3) in seen, Cell(3, 3) in seen, c == Cell(1, 1))
    r = Rect(2.5, 4.0)
    print(r, r.area)
    print(Custom("abc"), Custom("hello") == Custom("HELLO"))
    keys = {Key(1, "x"): "first", Key(2, "y"): "second"}
    print(keys[Key(2, "y")], Key(1, "x") == Key(1, "x"))
    i = Ident(3)
    print(i == Ident(3), i == i, Empty(), Empty() == Empty())
    print(FIELD_NAMES, AS_DICT, AS_TUPLE)


if __name__ == "__main__":
    main()
