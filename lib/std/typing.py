"""rpy's typing: the names Python 3 scripts import for their type hints.

Type hints are evaluated while the module is imported (function annotations at each `def`,
module- and class-level variable annotations) and never by translated code, which takes its types
from rpy's inference. So every name here only has to exist and to subscript the way typing's do:
`List[int]`, `Dict[str, List[int]]`, `Callable[[int], str]`, `Tuple[int, ...]`,
`Optional["Node"]`, and `Generic[T]` as a base class. In translated code `cast(T, x)` is `x`, and
the decorators (`overload`, `final`, `runtime_checkable`, `no_type_check`) return what they get.
"""

TYPE_CHECKING = False


class _Hint(object):
    """A typing construct: subscripting it gives the same kind of construct."""

    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Hint(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _Hint("Any")
Union = _Hint("Union")
Optional = _Hint("Optional")
Callable = _Hint("Callable")
Tuple = _Hint("Tuple")
List = _Hint("List")
Dict = _Hint("Dict")
Set = _Hint("Set")
FrozenSet = _Hint("FrozenSet")
DefaultDict = _Hint("DefaultDict")
OrderedDict = _Hint("OrderedDict")
Counter = _Hint("Counter")
Deque = _Hint("Deque")
ChainMap = _Hint("ChainMap")
Type = _Hint("Type")
Iterable = _Hint("Iterable")
Iterator = _Hint("Iterator")
Generator = _Hint("Generator")
Reversible = _Hint("Reversible")
Sequence = _Hint("Sequence")
MutableSequence = _Hint("MutableSequence")
Mapping = _Hint("Mapping")
MutableMapping = _Hint("MutableMapping")
AbstractSet = _Hint("AbstractSet")
MutableSet = _Hint("MutableSet")
Collection = _Hint("Collection")
Container = _Hint("Container")
Hashable = _Hint("Hashable")
Sized = _Hint("Sized")
ItemsView = _Hint("ItemsView")
KeysView = _Hint("KeysView")
ValuesView = _Hint("ValuesView")
Awaitable = _Hint("Awaitable")
Coroutine = _Hint("Coroutine")
AsyncIterator = _Hint("AsyncIterator")
AsyncIterable = _Hint("AsyncIterable")
ContextManager = _Hint("ContextManager")
Pattern = _Hint("Pattern")
Match = _Hint("Match")
IO = _Hint("IO")
TextIO = _Hint("TextIO")
BinaryIO = _Hint("BinaryIO")
ClassVar = _Hint("ClassVar")
Final = _Hint("Final")
Literal = _Hint("Literal")
Annotated = _Hint("Annotated")
NoReturn = _Hint("NoReturn")
Never = _Hint("Never")
Self = _Hint("Self")
LiteralString = _Hint("LiteralString")
TypeAlias = _Hint("TypeAlias")
TypeGuard = _Hint("TypeGuard")
SupportsInt = _Hint("SupportsInt")
SupportsFloat = _Hint("SupportsFloat")
SupportsAbs = _Hint("SupportsAbs")
SupportsIndex = _Hint("SupportsIndex")
SupportsRound = _Hint("SupportsRound")
Text = str
AnyStr = _Hint("AnyStr")


class TypeVar(object):
    """TypeVar('T', bound=..., covariant=...): a name for a type parameter."""

    def __init__(self, name, *constraints, **kwargs):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = kwargs.get("bound")

    def __repr__(self):
        return "~" + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic(object):
    """The base of user-defined generic classes: `class Stack(Generic[T])` derives from Generic
    itself, which adds nothing to the class."""

    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """`class Shape(Protocol)`: a class whose methods are only declared."""


def cast(typ, val):
    """cast(T, x) is x: a hint to type checkers only."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    """NewType('UserId', int): at run time the function returns its argument."""

    def new_type(x):
        return x

    new_type.__name__ = name
    return new_type


_NT_PROHIBITED = ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace",
                  "_asdict", "_source")


class _NamedTupleMeta(type):
    """`class P(NamedTuple): x: int; y: int = 0` makes the class with collections.namedtuple, as
    typing's own metaclass does: the annotated names are the fields (in order), the values given
    to some of them their defaults (which must come last), and the class body's other names
    (methods, properties, constants) go to a subclass of that namedtuple that bears the class's name.
    """

    def __new__(mcls, typename, bases, ns):
        if ns.get("_rpy_root", False):
            return type.__new__(mcls, typename, bases, ns)
        import collections

        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        default_names = []
        for name in fields:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (name, "s" if len(default_names) > 1 else "", ", ".join(default_names))
                )
        base = collections.namedtuple(typename, fields, defaults=[ns[n] for n in default_names])
        body = {"__slots__": ()}
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in fields and key not in ("__annotations__", "__qualname__", "_rpy_root"):
                body[key] = value
        body["__annotations__"] = annotations
        return type(typename, (base,), body)


class NamedTuple(metaclass=_NamedTupleMeta):
    """typing.NamedTuple as a base class (see _NamedTupleMeta) or called: NamedTuple("P", [("x",
    int), ("y", int)]) is collections.namedtuple("P", ["x", "y"])."""

    _rpy_root = True

    def __new__(cls, typename, fields=None, **kwargs):
        import collections

        if fields is None:
            fields = list(kwargs.items())
        return collections.namedtuple(typename, [name for name, _ in fields])
