# The match statement (Python 3.10): literal, capture, wildcard, value, sequence, mapping, class,
# alternative and as patterns, with guards, as scripts use it.
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Node:
    pass


@dataclass
class Num(Node):
    value: int


@dataclass
class Add(Node):
    left: Node
    right: Node


@dataclass
class Mul(Node):
    left: Node
    right: Node


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Add(left, right):
            return evaluate(left) + evaluate(right)
        case Mul(left=l, right=Num(value=0)):
            return 0
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
    return -1


def command(text):
    match text.split():
        case ["go", direction]:
            return "going " + direction
        case ["take", first, *rest]:
            return "taking " + first + " and " + str(len(rest)) + " more: " + ", ".join(rest)
        case ["drop", *_]:
            return "dropping"
        case ["quit"] | ["exit"] | ["q"]:
            return "bye"
        case []:
            return "nothing"
        case [word] if len(word) > 5:
            return "long word " + word
        case _:
            return "unknown: " + text


def describe(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case x if x < 0:
            return "negative " + str(x)
        case _:
            return "big"


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on the y axis at " + str(y)
        case Point(x, 0) as q:
            return "on the x axis at " + str(x) + " " + str(q.y)
        case Point(x, y) if x == y:
            return "diagonal " + str(x)
        case Point():
            return "somewhere"


def config(d):
    match d:
        case {"action": "move", "dx": dx, "dy": dy}:
            return "move " + dx + dy
        case {"action": "say", **rest}:
            return "say with " + str(sorted(rest))
        case {}:
            return "empty or other"


def pair(t):
    match t:
        case (0, y):
            return "first zero, y=" + str(y)
        case (x, 0):
            return "second zero, x=" + str(x)
        case (x, y):
            return "pair " + str(x + y)


def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"


def kind(v):
    match v:
        case None:
            return "none"
        case str(s):
            return "str " + s
    return "other"


def main():
    tree = Add(Num(2), Mul(Num(3), Add(Num(4), Num(1))))
    print(evaluate(tree), evaluate(Mul(Num(7), Num(0))), evaluate(Num(9)))
    for t in ["go north", "take lamp key rope", "take lamp", "drop all of it", "quit", "q", "", "xylophone", "jump", "hop over"]:
        print(repr(t), "->", command(t))
    for n in [0, 2, 3, -1, -7, 40]:
        print(n, describe(n))
    for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2)]:
        print(where(p))
    print(config({"action": "move", "dx": "1", "dy": "2"}), config({"action": "say", "text": "hi", "loud": "no"}), config({"x": "5"}))
    print(pair((0, 5)), pair((3, 0)), pair((2, 2)))
    print(color_name(Color.GREEN), color_name(Color.RED))
    print(kind(None), kind("abc"))
    count = 0
    for i in range(10):
        match i % 3:
            case 0:
                continue
            case 1:
                count += 10
            case _:
                if i > 6:
                    break
                count += 1
    print(count)


main()
