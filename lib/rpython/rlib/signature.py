"""rpy's version of rpython.rlib.signature: @signature(*argtypes, returns=rettype) declares the
types of a function's arguments and of its result (descriptions from rpython.rlib.types).
Under the interpreter the function is unchanged; at translation time rpy gives each argument
its declared type and reports any argument or result that does not fit it."""

from rpython.rlib import types


class SignatureError(Exception):
    pass


def signature(*paramtypes, **kwargs):
    """@signature(types.int(), types.str(), returns=types.none())"""
    returntype = kwargs.pop('returns', None)
    if returntype is None:
        raise TypeError("signature: parameter 'returns' required")
    if kwargs:
        raise TypeError("signature: unknown keyword arguments %r" % (sorted(kwargs.keys()),))

    def decorator(f):
        f._signature_ = (paramtypes, returntype)
        return f
    return decorator


def finishsigs(cls):
    """Resolves types.self() in the signatures of cls's methods (rpy does it when translating)."""
    return cls
