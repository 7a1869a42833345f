"""rpy's version of rpython.rlib.types: descriptions of values for @signature
(rpython.rlib.signature), as rpython.annotator.model instances."""

from rpython.annotator import model


def none():
    return model.s_None


def impossible():
    return model.s_ImpossibleValue


def float():
    return model.SomeFloat()


def singlefloat():
    return model.SomeSingleFloat()


def longfloat():
    return model.SomeLongFloat()


def int():
    return model.SomeInteger()


def bool():
    return model.SomeBool()


def unicode():
    return model.SomeUnicodeString()


def unicode0():
    return model.SomeUnicodeString(no_nul=True)


def str(can_be_None=False):
    return model.SomeString(can_be_None=can_be_None)


def bytearray():
    return model.SomeByteArray()


def str0():
    return model.SomeString(no_nul=True)


def char():
    return model.SomeChar()


def unichar():
    return model.SomeUnicodeCodePoint()


def list(element):
    return model.SomeList(element)


def array(element):
    return model.SomeList(element, resized=False)


def dict(keytype, valuetype):
    return model.SomeDict(keytype, valuetype)


def instance(cls, can_be_None=False):
    return model.SomeInstance(cls, can_be_None=can_be_None)


def tuple(*items):
    return model.SomeTuple(items)


class SelfTypeMarker(object):
    """types.self(): the class of the method's own instance."""


def self():
    return SelfTypeMarker()


class AnyTypeMarker(object):
    """types.any(): no constraint."""


def any():
    return AnyTypeMarker()


def ptr(ll_type):
    raise NotImplementedError("rpy: types.ptr() (low-level pointers) has no meaning in rpy")
