"""rpy's version of rpython.annotator.model: the descriptions of values RPython's annotator
works with.  rpy has its own annotator; programs use these classes as markers (for hints, in
@signature through rpython.rlib.types), which rpy reads at translation time: each instance
records what it describes in plain attributes."""


class SomeObject(object):
    """Any value (types.any())."""
    knowntype = object
    immutable = False
    can_be_None = True

    def __repr__(self):
        return '%s()' % self.__class__.__name__

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.__dict__ == other.__dict__

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.__class__.__name__)

    def is_constant(self):
        return 'const' in self.__dict__

    def can_be_none(self):
        return self.can_be_None

    def nonnoneify(self):
        return self


class SomeType(SomeObject):
    """A class object."""


class SomeFloat(SomeObject):
    knowntype = float
    immutable = True
    can_be_None = False


class SomeSingleFloat(SomeObject):
    immutable = True
    can_be_None = False


class SomeLongFloat(SomeObject):
    immutable = True
    can_be_None = False


class SomeInteger(SomeFloat):
    """An integer; knowntype is int or one of rarithmetic's sized classes (r_uint...)."""
    knowntype = int

    def __init__(self, nonneg=False, unsigned=None, knowntype=None):
        if knowntype is not None and knowntype is not int:
            self.knowntype = knowntype
        if unsigned is None:
            unsigned = getattr(self.knowntype, 'SIGNED', True) is False
        self.unsigned = unsigned
        self.nonneg = nonneg or unsigned


class SomeBool(SomeInteger):
    knowntype = bool

    def __init__(self):
        SomeInteger.__init__(self, nonneg=True)


class SomeStringOrUnicode(SomeObject):
    immutable = True
    can_be_None = False

    def __init__(self, can_be_None=False, no_nul=False):
        if can_be_None:
            self.can_be_None = True
        self.no_nul = no_nul


class SomeString(SomeStringOrUnicode):
    knowntype = str


class SomeUnicodeString(SomeStringOrUnicode):
    pass


class SomeByteArray(SomeStringOrUnicode):
    immutable = False


class SomeChar(SomeString):
    """A str of length 1."""

    def __init__(self, no_nul=False):
        SomeString.__init__(self, False, no_nul)


class SomeUnicodeCodePoint(SomeUnicodeString):
    def __init__(self, no_nul=False):
        SomeUnicodeString.__init__(self, False, no_nul)


class SomeList(SomeObject):
    """A list whose items are described by `item` (a SomeXxx)."""
    knowntype = list

    def __init__(self, item=None, resized=True, mutated=True):
        self.item = item if item is not None else SomeObject()
        self.resized = resized
        self.mutated = mutated


class SomeTuple(SomeObject):
    knowntype = tuple
    immutable = True
    can_be_None = False

    def __init__(self, items):
        self.items = tuple(items)


class SomeDict(SomeObject):
    """A dict from `key` to `value` descriptions."""
    knowntype = dict

    def __init__(self, key=None, value=None):
        self.key = key if key is not None else SomeObject()
        self.value = value if value is not None else SomeObject()


class SomeOrderedDict(SomeDict):
    pass


class SomeIterator(SomeObject):
    def __init__(self, s_container=None, *variant):
        self.s_container = s_container
        self.variant = variant


class SomeInstance(SomeObject):
    """An instance of `classdef` (a class) or of one of its subclasses."""

    def __init__(self, classdef=None, can_be_None=False, flags={}):
        self.classdef = classdef
        self.can_be_None = can_be_None
        self.flags = flags


class SomeException(SomeObject):
    def __init__(self, classdefs=()):
        self.classdefs = classdefs


class SomePBC(SomeObject):
    """A prebuilt constant (or a set of them: functions, classes...)."""

    def __init__(self, descriptions=(), can_be_None=False, subset_of=None):
        self.descriptions = descriptions
        self.can_be_None = can_be_None


class SomeNone(SomeObject):
    knowntype = type(None)
    immutable = True

    def can_be_none(self):
        return True


class SomeImpossibleValue(SomeObject):
    """No value flows here."""
    immutable = True


class SomeWeakRef(SomeObject):
    def __init__(self, classdef=None):
        self.classdef = classdef


class SomeBuiltin(SomeObject):
    def __init__(self, analyser=None, s_self=None, methodname=None):
        self.analyser = analyser
        self.s_self = s_self
        self.methodname = methodname


class SomeBuiltinMethod(SomeBuiltin):
    pass


class AnnotatorError(Exception):
    pass


class UnionError(AnnotatorError):
    pass


s_None = SomeNone()
s_Bool = SomeBool()
s_Int = SomeInteger()
s_Float = SomeFloat()
s_ImpossibleValue = SomeImpossibleValue()
s_Str0 = SomeString(no_nul=True)
s_Unicode0 = SomeUnicodeString(no_nul=True)


def unionof(*somevalues):
    """Only the trivial cases: rpy's own annotator does the real unions."""
    result = s_ImpossibleValue
    for s in somevalues:
        if isinstance(result, SomeImpossibleValue):
            result = s
        elif not isinstance(s, SomeImpossibleValue) and s != result:
            raise UnionError("rpy: unionof() of %r and %r is not available under the interpreter" % (result, s))
    return result


def not_const(s_obj):
    return s_obj
