# typing.NamedTuple as a base class (fields from annotations, defaults, methods, properties) and
# called with a list of fields (refused before session 16: typing had no NamedTuple).
from typing import NamedTuple, List


class Item(NamedTuple):
    name: str
    price: float
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty

    @property
    def label(self) -> str:
        return f"{self.name} x{self.qty}"


class Pos(NamedTuple):
    row: int
    col: int

    def neighbours(self) -> List["Pos"]:
        return [Pos(self.row + dr, self.col + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]


Pair = NamedTuple("Pair", [("a", int), ("b", str)])


def main() -> None:
    items = [Item("apple", 0.5, 6), Item("pear", 0.75), Item("fig", 2.0, qty=3)]
    for it in items:
        print(it, it.total(), it.label)
    print(sum(i.total() for i in items), max(items, key=lambda i: i.price).name)
    print(Pos(2, 3).neighbours(), Pos(0, 0)._replace(col=9), Pos._fields, Item._field_defaults)
    print(Pair(1, "x"), Pair(2, "y").b, type(Pos(1, 1)).__name__)


main()
