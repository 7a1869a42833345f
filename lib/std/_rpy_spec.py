"""Hints for rpy's library modules written in Python.

`@spec("specialize:argtype(0)")` sets the function's _annspecialcase_, as rpython.rlib's
objectmodel.specialize does: translated code gets one copy of the function per argument type
(or per constant, per call site: the tag says which).

`py2_refused(module, name, reason)` stands for a name a module gives Python 3 scripts only: a
Python 2 program that calls it at import time gets NotImplementedError, translated code that
calls it is refused with the reason.
"""


def spec(tag):
    def deco(func):
        func._annspecialcase_ = tag
        return func
    return deco


def py2_refused(module, name, reason):
    def refused(*args, **kwargs):
        raise NotImplementedError("rpy: " + module + "." + name + ": " + reason)
    refused._not_rpython_ = module + "." + name + " is not supported in a Python 2 program: " + reason
    return refused
