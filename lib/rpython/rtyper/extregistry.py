"""rpy's version of rpython.rtyper.extregistry: ExtRegistryEntry subclasses teach RPython's
annotator and rtyper about a function or type. rpy has its own rules: the classes can be
defined (at import time) but have no effect on translation."""


class ExtRegistryEntry(object):
    _about_ = None
    _type_ = None
    _metatype_ = None

    def __init__(self, instance=None):
        self.instance = instance


def is_registered(instance):
    return False


def lookup(instance):
    raise KeyError(instance)
