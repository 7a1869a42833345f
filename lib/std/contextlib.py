"""contextlib: contextmanager (a generator function made a context manager),
closing, and Python 2's nested, with CPython's semantics: the generator
yields once; an exception in the with block is thrown into it at the yield,
and it is suppressed when the generator catches it and finishes. At import
time and in translated code alike (generator.throw: runtime/rpy/iter.hpp)."""

import sys as _sys

from rpython.rlib.objectmodel import we_are_translated


def contextmanager(func):
    # One manager class per decorated function: its attribute `gen` has that generator's type.
    class GeneratorContextManager(object):
        def __init__(self, gen):
            self.gen = gen

        def __enter__(self):
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield")

        def __exit__(self, type, value, traceback):
            if type is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            if not we_are_translated() and value is None:
                value = type()  # a with statement in translated code always gives the instance
            try:
                self.gen.throw(type, value, traceback)
            except StopIteration as exc:
                return exc is not value
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")

    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    # the manager runs the generator to its end, or throws the with block's exception into it:
    # translated code may keep it (src/codegen/emit_call.cpp)
    helper._rpy_closes_generators_ = True
    return helper


class closing(object):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


if _sys.version_info[0] < 3:
    @contextmanager
    def nested(*managers):
        """Python 2's nested(A, B): with A as a: with B as b: ..."""
        exits = []
        vars = []
        exc = (None, None, None)
        try:
            for mgr in managers:
                exits.append(mgr.__exit__)
                vars.append(mgr.__enter__())
            yield vars
        except:
            exc = _sys.exc_info()
        finally:
            while exits:
                exit = exits.pop()
                try:
                    if exit(*exc):
                        exc = (None, None, None)
                except:
                    exc = _sys.exc_info()
            if exc != (None, None, None):
                raise exc[1]
else:
    class suppress(object):
        """with suppress(E1, E2): ... ignores those exceptions."""

        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)
