# pypy.rlib.rarithmetic: the pre-2013 name of rpython.rlib.rarithmetic (before RPython moved out of PyPy's tree).
from rpython.rlib.rarithmetic import *  # noqa: F401,F403
