# Type hints: the names of `typing` (subscripted, as bases, in aliases), annotations on parameters,
# returns, module- and class-level variables (recorded in __annotations__ while the script is
# imported) and locals (never evaluated); translated code takes its types from inference.
import sys
from typing import (Any, Callable, ClassVar, Deque, Dict, Generic, Iterator, List, Optional, Sequence, Set, Tuple,
                    TypeVar, Union, cast, overload)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
Number = Union[int, float]
Table = Dict[str, List[Tuple[int, str]]]
Handler = Callable[[int, str], Optional[bool]]

LIMIT: int = 3
names: List[str]
counter: "typing.Counter[str]" = None


class Stack(Generic[T]):
    created: ClassVar[int] = 0
    items: List[T]

    def __init__(self) -> None:
        self.items = []
        Stack.created += 1

    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


def apply(f: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [f(x) for x in xs]


def evens(n: int) -> Iterator[int]:
    i: int = 0
    while i < n:
        yield i
        i += 2


def index_of(xs: List[str], v: str, default: int = -1) -> int:
    for i, x in enumerate(xs):
        if x == v:
            return i
    return default


def total(scale: float = 1.0, *args: float) -> float:
    s: float = 0.0
    unused: Dict[str, Any]
    for a in args:
        s += a
    return s * scale


MODULE_ANNOTATIONS = sorted(__annotations__)
CLASS_ANNOTATIONS = sorted(Stack.__annotations__)


def main() -> None:
    s: Stack[int] = Stack()
    s.push(3).push(4).push(5)
    t: Table = {"a": [(1, "x")], "b": []}
    seen: Set[Tuple[int, int]] = {(1, 2), (1, 2), (3, 4)}
    print(s.pop(), len(s), Stack.created, t, len(seen))
    print(apply(lambda x: x * x, [1, 2, 3]), list(evens(7)), index_of(["p", "q"], "q"), index_of([], "z"))
    print(total(1.0, 1.5, 2.5), total(3.0, 1.0), cast(int, LIMIT) + 1)
    print(MODULE_ANNOTATIONS, CLASS_ANNOTATIONS)


if __name__ == "__main__":
    main()
