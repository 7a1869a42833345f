# A dataclass/match script: frozen dataclasses, class patterns with keyword and positional
# sub-patterns, sequence patterns with a star and a guard, or-patterns, a list of two unrelated
# dataclasses (their common base is object), starred displays.
from dataclasses import dataclass
import math

@dataclass(frozen=True)
class Point:
    x: float
    y: float

@dataclass
class Circle:
    c: Point
    r: float

@dataclass
class Rect:
    a: Point
    b: Point

def area(s):
    match s:
        case Circle(r=r):
            return math.pi * r * r
        case Rect(Point(x1, y1), Point(x2, y2)):
            return abs(x2 - x1) * abs(y2 - y1)
        case _:
            return 0.0

def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"unknown: {cmd!r}"

def classify(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "neg"
        case int():
            return "pos"
        case (a, b):
            return f"pair {a},{b}"
        case {"k": val}:
            return f"dict k={val}"
        case str() as s:
            return "str " + s
    return "other"

shapes = [Circle(Point(0, 0), 1.5), Rect(Point(1, 1), Point(4, 3.5)), Circle(Point(2, 2), 0.1)]
for s in shapes:
    print(type(s).__name__, f"{area(s):.4f}")
print(sum(map(area, shapes)))
print(Point(1, 2) == Point(1.0, 2.0), hash(Point(1, 2)) == hash(Point(1, 2)), {Point(1, 2), Point(1, 2)})
for c in ["go north", "take lamp key", "take", "quit", "", "dance now"]:
    print(describe(c))
for v in [0, -3, 5]:
    print(classify(v))
print(classify(7))
if (n := len(shapes)) > 2:
    print("many", n)
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print(d1 | d2, {**d1, **d2, "z": 0})
print([*range(3), *[7, 8]], (*"ab", "c"))
