# pypy.rlib.jit: the pre-2013 name of rpython.rlib.jit (before RPython moved out of PyPy's tree).
from rpython.rlib.jit import *  # noqa: F401,F403
