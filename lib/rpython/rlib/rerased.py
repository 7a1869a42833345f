"""rpy's rerased: opaque references that one erasing pair makes and takes
back with the type they had (RPython's rerased).

new_erasing_pair(name) gives (erase, unerase): erase(x) hides the instance
or list x in an Erased value, unerase(e) gives it back; values erased by
different pairs, and ints erased by erase_int, may share one variable, list
or field (their type is Erased), while each pair's unerase returns its own
type.  Each pair has its own subclass of Erased, so that what it holds keeps
its own type in translated code.  Unerasing with the wrong pair fails an
assertion, as in untranslated RPython."""


class Erased(object):
    _identity = None

    def __repr__(self):
        return "Erased(%r, %r)" % (self._x, self._identity)


class ErasingPairIdentity(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "ErasingPairIdentity(%r)" % (self.name,)


class _ErasedInt(Erased):
    def __init__(self, value):
        self._x = value

    def __repr__(self):
        return "ErasedInt(%r)" % (self._x,)


def new_erasing_pair(name):
    "NOT_RPYTHON"
    identity = ErasingPairIdentity(name)

    class ErasedOfPair(Erased):
        def __init__(self, x):
            self._x = x

    ErasedOfPair._identity = identity
    ErasedOfPair.__name__ = "Erased_" + name

    def erase(x):
        return ErasedOfPair(x)

    def unerase(y):
        assert isinstance(y, ErasedOfPair)
        return y._x

    return erase, unerase


def erase_int(x):
    assert isinstance(x, int)
    return _ErasedInt(x)


def unerase_int(y):
    assert isinstance(y, _ErasedInt)
    return y._x


def is_integer(y):
    return isinstance(y, _ErasedInt)
