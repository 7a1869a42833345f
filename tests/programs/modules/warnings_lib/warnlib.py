import warnings


class LibWarning(UserWarning):
    pass


def old_api(n):
    # attributed to the caller: a DeprecationWarning there is shown when the caller is __main__
    warnings.warn("old_api(%d) is deprecated" % n, DeprecationWarning, stacklevel=2)
    return n * 2


def internal_deprecation():
    # attributed to this module (not __main__): python3 hides it
    warnings.warn("hidden here", DeprecationWarning)


def lib_warning(tag):
    warnings.warn("lib says " + tag, LibWarning)


def level(n):
    warnings.warn("level %d" % n, stacklevel=n)
