"""rpy's version of rpython.rlib.rgc: the garbage collector's interface as RPython programs call it.

Translated programs of rpy are collected by Boehm's collector, which decides itself when to
collect; CPython (the interpreter running the program untranslated) frees by reference counts.
So, as RPython's own versions do when the program runs on CPython:
- collect(), disable(), enable(): hints, they change nothing a program can print (finalizers
  (__del__) run when the collector finds the object dead, as before);
- isenabled() tells whether enable() was called last (True at start);
- add_memory_pressure() and set_max_heap_size() are hints and do nothing;
- must_be_light_finalizer, no_collect, no_release_gil mark a function (RPython checks them; rpy
  keeps the marks) and return it unchanged;
- ll_arraycopy and ll_shrink_array work on lists (item copies, a shorter copy).
"""

_enabled = [True]


def collect(gen=-1):
    """Asks for a collection: a hint (see above)."""
    return None


def disable():
    _enabled[0] = False


def enable():
    _enabled[0] = True


def isenabled():
    return _enabled[0]


def add_memory_pressure(estimate, object=None):
    return None


def set_max_heap_size(nbytes):
    return None


def must_be_light_finalizer(func):
    func._must_be_light_finalizer_ = True
    return func


def no_collect(func):
    func._dont_inline_ = True
    func._gc_no_collect_ = True
    return func


def no_release_gil(func):
    func._dont_inline_ = True
    func._no_release_gil_ = True
    return func


def ll_arraycopy(source, dest, source_start, dest_start, length):
    """dest[dest_start:dest_start + length] = source[source_start:source_start + length], item by
    item (source and dest may be the same list: the copy goes the way that keeps the items)."""
    if source is dest and source_start < dest_start:
        i = length - 1
        while i >= 0:
            dest[dest_start + i] = source[source_start + i]
            i -= 1
    else:
        i = 0
        while i < length:
            dest[dest_start + i] = source[source_start + i]
            i += 1


def ll_shrink_array(p, smallerlength):
    """A copy of the first smallerlength items of p."""
    return p[:smallerlength]
