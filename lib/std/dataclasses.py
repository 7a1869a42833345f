"""rpy's dataclasses: @dataclass writes a class's methods while the module is imported.

As CPython's module does, the decorator reads the fields from the class's __annotations__ (the
bases' dataclass fields first), then writes the source of `__init__`, `__repr__`, `__eq__`, the
ordering methods and `__hash__` and runs it with exec(); translated code sees ordinary methods
with ordinary parameters and defaults, typed by rpy's inference like the program's own.

What differs from CPython's module, all of it at the edges:
- a field with a default_factory takes None as its parameter's default and calls the factory
  when it gets None (CPython uses a private sentinel, which translated code could not hold in a
  typed parameter): passing None explicitly to such a field calls the factory too;
- frozen=True classes get no __setattr__ (rpy does not call it): rpy refuses translated code that
  assigns a field of a frozen dataclass outside the __init__ written here (the class's
  `_rpy_frozen_` names the fields; the __init__ carries `_rpy_dataclass_init_`);
- fields(), asdict(), astuple() and replace() work while the module is imported only.
"""

__all__ = ["dataclass", "field", "Field", "fields", "FrozenInstanceError", "InitVar", "MISSING",
           "asdict", "astuple", "replace", "is_dataclass", "make_dataclass"]


class _MissingType(object):
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar(object):
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field(object):
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r)" % (self.name, self.type, self.default, self.default_factory,
                                                         self.init, self.repr, self.hash, self.compare,
                                                         self.metadata, self.kw_only))


def field(default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return repr(tp).startswith("typing.ClassVar")


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return isinstance(tp, InitVar) or tp is InitVar


def _collect_fields(cls, kw_only):
    fields = {}
    order = []
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                if f.name not in fields:
                    order.append(f.name)
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, tp in annotations.items():
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        if _is_initvar(tp):
            raise TypeError("rpy: dataclass InitVar fields are not supported (field %r)" % name)
        if name in cls.__dict__:
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        if name not in fields:
            order.append(name)
        fields[name] = f
    return [fields[n] for n in order]


def _tuple_src(obj, names):
    if not names:
        return "()"
    return "(" + "".join("%s.%s, " % (obj, n) for n in names) + ")"


def _init_src(cls, fields, env):
    params = []
    kw_params = []
    body = []
    seen_default = False
    for f in fields:
        if f.init:
            if f.default is not MISSING:
                env["_dflt_" + f.name] = f.default
                p = "%s=_dflt_%s" % (f.name, f.name)
            elif f.default_factory is not MISSING:
                p = "%s=None" % f.name
            else:
                p = f.name
            if f.kw_only:
                kw_params.append(p)
            else:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default:
                        raise TypeError("non-default argument %r follows default argument" % f.name)
                else:
                    seen_default = True
                params.append(p)
        if f.default_factory is not MISSING:
            env["_factory_" + f.name] = f.default_factory
            if f.init:
                body.append("    self.%s = _factory_%s() if %s is None else %s" % (f.name, f.name, f.name, f.name))
            else:
                body.append("    self.%s = _factory_%s()" % (f.name, f.name))
        elif f.init:
            body.append("    self.%s = %s" % (f.name, f.name))
        elif f.default is not MISSING:
            body.append("    self.%s = _dflt_%s" % (f.name, f.name))
    if "__post_init__" in dir(cls):
        body.append("    self.__post_init__()")
    if not body:
        body.append("    pass")
    all_params = ["self"] + params
    if kw_params:
        all_params += ["*"] + kw_params
    return "def __init__(%s):\n%s\n" % (", ".join(all_params), "\n".join(body))


def _repr_src(cls, fields):
    shown = [f for f in fields if f.repr]
    parts = " + ', ' + ".join("'%s=' + repr(self.%s)" % (f.name, f.name) for f in shown)
    if not parts:
        parts = "''"
    return "def __repr__(self):\n    return self.__class__.__qualname__ + '(' + %s + ')'\n" % parts


def _compare_src(name, op, names):
    # Another class: CPython's method returns NotImplemented, and Python then tries the other
    # operand's method (a dataclass of another class: NotImplemented again) and ends with False
    # for == (identity) and TypeError for an ordering; rpy's translated code has no
    # NotImplemented, so the methods give that end result themselves.
    if op == "==":
        other = "    return False\n"
    else:
        other = ("    raise TypeError(\"'%s' not supported between instances of '%%s' and '%%s'\" %% "
                 "(self.__class__.__name__, other.__class__.__name__))\n" % op)
    return ("def %s(self, other):\n"
            "    if other.__class__ is self.__class__:\n"
            "        return %s %s %s\n" % (name, _tuple_src("self", names), op, _tuple_src("other", names)) + other)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields = _collect_fields(cls, kw_only)
    for b in cls.__mro__[1:]:
        if "__dataclass_params__" in b.__dict__ and b.__dataclass_params__["frozen"] != frozen:
            if frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    cls.__dataclass_fields__ = dict((f.name, f) for f in fields)
    cls.__dataclass_params__ = {"init": init, "repr": repr, "eq": eq, "order": order,
                                "unsafe_hash": unsafe_hash, "frozen": frozen}
    env = {}
    src = []
    own = cls.__dict__
    if init:
        src.append(_init_src(cls, fields, env))
    if repr and "__repr__" not in own:
        src.append(_repr_src(cls, fields))
    compared = [f.name for f in fields if f.compare]
    if eq and "__eq__" not in own:
        src.append(_compare_src("__eq__", "==", compared))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (name, cls.__name__))
            src.append(_compare_src(name, op, compared))
    hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in own and own["__hash__"] is not None
    if unsafe_hash or (eq and frozen and not has_own_hash):
        if unsafe_hash and has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        src.append("def __hash__(self):\n    return hash(%s)\n" % _tuple_src("self", hashed))
    ns = {}
    exec("\n".join(src), env, ns)
    if "__init__" in ns:
        ns["__init__"]._rpy_dataclass_init_ = True  # where a frozen class's fields may be set
    for name in ns:
        if name not in own or name == "__hash__":  # the class's own methods stay, as in CPython
            setattr(cls, name, ns[name])
    if frozen:
        cls._rpy_frozen_ = tuple(f.name for f in fields)
    cls.__match_args__ = tuple(f.name for f in fields if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(fs.values())


def asdict(obj):
    return dict((f.name, _copy_value(getattr(obj, f.name), dict)) for f in fields(obj))


def astuple(obj):
    return tuple(_copy_value(getattr(obj, f.name), tuple) for f in fields(obj))


def _copy_value(v, kind):
    if is_dataclass(v) and not isinstance(v, type):
        return asdict(v) if kind is dict else astuple(v)
    if isinstance(v, list):
        return [_copy_value(x, kind) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy_value(x, kind) for x in v)
    if isinstance(v, dict):
        return dict((_copy_value(k, kind), _copy_value(x, kind)) for k, x in v.items())
    return v


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    return dataclass(type(cls_name, bases, ns), **options)
