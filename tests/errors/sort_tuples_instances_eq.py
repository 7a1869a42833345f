# Sorting tuples that hold instances of a class with __eq__ (a dataclass): rpy refuses it and
# says to pass key=.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int


stock = {"pear": Item("pear", 3), "apple": Item("apple", 5)}
for name, item in sorted(stock.items()):
    print(name, item.qty)
